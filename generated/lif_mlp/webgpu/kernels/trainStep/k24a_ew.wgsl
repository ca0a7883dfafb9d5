// kernel k24a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t731: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read_write> t837: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t843: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t848: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l831: f32 = p_optim_m_first_fc_w[i];
  let v834: f32 = l831 * 0.9f;
  let l731: f32 = t731[i];
  let l829: f32 = t785[0i];
  let v830: f32 = l731 * l829;
  let v836: f32 = v830 * 0.1f;
  let v837: f32 = v834 + v836;
  t837[i] = v837;
  let l832: f32 = p_optim_v_first_fc_w[i];
  let v839: f32 = l832 * 0.95f;
  let v840: f32 = v830 * v830;
  let v842: f32 = v840 * 0.05f;
  let v843: f32 = v839 + v842;
  t843[i] = v843;
  let v844: f32 = sqrt(v843);
  let l845: f32 = t795[0i];
  let v846: f32 = v844 / l845;
  let v848: f32 = v846 + 1e-8f;
  t848[i] = v848;
}
