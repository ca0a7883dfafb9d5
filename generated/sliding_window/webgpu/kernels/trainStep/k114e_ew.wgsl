// kernel k114e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t814: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t821: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l810: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v812: f32 = l810 * 0.9f;
  let l370: f32 = t370[i];
  let l757: f32 = t584[0i];
  let v809: f32 = l370 * l757;
  let v813: f32 = v809 * 0.1f;
  let v814: f32 = v812 + v813;
  t814[i] = v814;
  let l811: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v815: f32 = l811 * 0.95f;
  let v816: f32 = v809 * v809;
  let v817: f32 = v816 * 0.05f;
  let v818: f32 = v815 + v817;
  t818[i] = v818;
  let v819: f32 = sqrt(v818);
  let l773: f32 = t594[0i];
  let v820: f32 = v819 / l773;
  let v821: f32 = v820 + 1e-8f;
  t821[i] = v821;
}
