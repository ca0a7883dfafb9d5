// kernel k199a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t828: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t978: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t984: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t990: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l972: f32 = p_optim_m_tok_w[i];
  let v975: f32 = l972 * 0.9f;
  let l828: f32 = t828[i];
  let l970: f32 = t958[0i];
  let v971: f32 = l828 * l970;
  let v977: f32 = v971 * 0.1f;
  let v978: f32 = v975 + v977;
  t978[i] = v978;
  let l973: f32 = p_optim_v_tok_w[i];
  let v980: f32 = l973 * 0.95f;
  let v981: f32 = v971 * v971;
  let v983: f32 = v981 * 0.05f;
  let v984: f32 = v980 + v983;
  t984[i] = v984;
  let v985: f32 = sqrt(v984);
  let l987: f32 = t968[0i];
  let v988: f32 = v985 / l987;
  let v990: f32 = v988 + 1e-8f;
  t990[i] = v990;
}
