// kernel k114o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t290: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t891: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t895: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t898: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l887: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v889: f32 = l887 * 0.9f;
  let l290: f32 = t290[i];
  let l657: f32 = t586[0i];
  let v886: f32 = l290 * l657;
  let v890: f32 = v886 * 0.1f;
  let v891: f32 = v889 + v890;
  t891[i] = v891;
  let l888: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v892: f32 = l888 * 0.95f;
  let v893: f32 = v886 * v886;
  let v894: f32 = v893 * 0.05f;
  let v895: f32 = v892 + v894;
  t895[i] = v895;
  let v896: f32 = sqrt(v895);
  let l673: f32 = t596[0i];
  let v897: f32 = v896 / l673;
  let v898: f32 = v897 + 1e-8f;
  t898[i] = v898;
}
