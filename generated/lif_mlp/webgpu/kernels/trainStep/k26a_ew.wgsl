// kernel k26a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t738: array<f32>;
@group(0) @binding(2) var<storage, read> t792: array<f32>;
@group(0) @binding(3) var<storage, read_write> t844: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t855: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l838: f32 = p_optim_m_first_fc_w[i];
  let v841: f32 = l838 * 0.9f;
  let l738: f32 = t738[i];
  let l836: f32 = t792[0i];
  let v837: f32 = l738 * l836;
  let v843: f32 = v837 * 0.1f;
  let v844: f32 = v841 + v843;
  t844[i] = v844;
  let l839: f32 = p_optim_v_first_fc_w[i];
  let v846: f32 = l839 * 0.95f;
  let v847: f32 = v837 * v837;
  let v849: f32 = v847 * 0.05f;
  let v850: f32 = v846 + v849;
  t850[i] = v850;
  let v851: f32 = sqrt(v850);
  let l852: f32 = t802[0i];
  let v853: f32 = v851 / l852;
  let v855: f32 = v853 + 1e-8f;
  t855[i] = v855;
}
