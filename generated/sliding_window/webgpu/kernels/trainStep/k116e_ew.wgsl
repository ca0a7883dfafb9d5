// kernel k116e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t373: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t818: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t822: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t825: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l814: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v816: f32 = l814 * 0.9f;
  let l373: f32 = t373[i];
  let l761: f32 = t588[0i];
  let v813: f32 = l373 * l761;
  let v817: f32 = v813 * 0.1f;
  let v818: f32 = v816 + v817;
  t818[i] = v818;
  let l815: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v819: f32 = l815 * 0.95f;
  let v820: f32 = v813 * v813;
  let v821: f32 = v820 * 0.05f;
  let v822: f32 = v819 + v821;
  t822[i] = v822;
  let v823: f32 = sqrt(v822);
  let l777: f32 = t598[0i];
  let v824: f32 = v823 / l777;
  let v825: f32 = v824 + 1e-8f;
  t825[i] = v825;
}
