// kernel k152a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t596: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t895: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t901: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t906: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l889: f32 = p_optim_m_layers_0_attn_wq_b_w[i];
  let v892: f32 = l889 * 0.9f;
  let l596: f32 = t596[i];
  let l887: f32 = t766[0i];
  let v888: f32 = l596 * l887;
  let v894: f32 = v888 * 0.1f;
  let v895: f32 = v892 + v894;
  t895[i] = v895;
  let l890: f32 = p_optim_v_layers_0_attn_wq_b_w[i];
  let v897: f32 = l890 * 0.95f;
  let v898: f32 = v888 * v888;
  let v900: f32 = v898 * 0.05f;
  let v901: f32 = v897 + v900;
  t901[i] = v901;
  let v902: f32 = sqrt(v901);
  let l903: f32 = t776[0i];
  let v904: f32 = v902 / l903;
  let v906: f32 = v904 + 1e-8f;
  t906[i] = v906;
}
