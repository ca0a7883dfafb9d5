// kernel k181a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t648: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t979: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t985: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t990: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l973: f32 = p_optim_m_layers_0_attn_wa1_w[i];
  let v976: f32 = l973 * 0.9f;
  let l648: f32 = t648[i];
  let l971: f32 = t840[0i];
  let v972: f32 = l648 * l971;
  let v978: f32 = v972 * 0.1f;
  let v979: f32 = v976 + v978;
  t979[i] = v979;
  let l974: f32 = p_optim_v_layers_0_attn_wa1_w[i];
  let v981: f32 = l974 * 0.95f;
  let v982: f32 = v972 * v972;
  let v984: f32 = v982 * 0.05f;
  let v985: f32 = v981 + v984;
  t985[i] = v985;
  let v986: f32 = sqrt(v985);
  let l987: f32 = t850[0i];
  let v988: f32 = v986 / l987;
  let v990: f32 = v988 + 1e-8f;
  t990[i] = v990;
}
