// kernel k181c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t646: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1005: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1011: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1016: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l999: f32 = p_optim_m_layers_0_attn_wa2_w[i];
  let v1002: f32 = l999 * 0.9f;
  let l646: f32 = t646[i];
  let l997: f32 = t840[0i];
  let v998: f32 = l646 * l997;
  let v1004: f32 = v998 * 0.1f;
  let v1005: f32 = v1002 + v1004;
  t1005[i] = v1005;
  let l1000: f32 = p_optim_v_layers_0_attn_wa2_w[i];
  let v1007: f32 = l1000 * 0.95f;
  let v1008: f32 = v998 * v998;
  let v1010: f32 = v1008 * 0.05f;
  let v1011: f32 = v1007 + v1010;
  t1011[i] = v1011;
  let v1012: f32 = sqrt(v1011);
  let l1013: f32 = t850[0i];
  let v1014: f32 = v1012 / l1013;
  let v1016: f32 = v1014 + 1e-8f;
  t1016[i] = v1016;
}
