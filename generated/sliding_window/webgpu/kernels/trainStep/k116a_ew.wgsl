// kernel k116a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t383: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t769: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t775: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t780: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l763: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v766: f32 = l763 * 0.9f;
  let l383: f32 = t383[i];
  let l761: f32 = t588[0i];
  let v762: f32 = l383 * l761;
  let v768: f32 = v762 * 0.1f;
  let v769: f32 = v766 + v768;
  t769[i] = v769;
  let l764: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v771: f32 = l764 * 0.95f;
  let v772: f32 = v762 * v762;
  let v774: f32 = v772 * 0.05f;
  let v775: f32 = v771 + v774;
  t775[i] = v775;
  let v776: f32 = sqrt(v775);
  let l777: f32 = t598[0i];
  let v778: f32 = v776 / l777;
  let v780: f32 = v778 + 1e-8f;
  t780[i] = v780;
}
