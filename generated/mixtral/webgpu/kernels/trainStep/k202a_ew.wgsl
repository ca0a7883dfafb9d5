// kernel k202a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t840: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1063: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1069: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1074: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1057: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v1060: f32 = l1057 * 0.9f;
  let l840: f32 = t840[i];
  let l1055: f32 = t958[0i];
  let v1056: f32 = l840 * l1055;
  let v1062: f32 = v1056 * 0.1f;
  let v1063: f32 = v1060 + v1062;
  t1063[i] = v1063;
  let l1058: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v1065: f32 = l1058 * 0.95f;
  let v1066: f32 = v1056 * v1056;
  let v1068: f32 = v1066 * 0.05f;
  let v1069: f32 = v1065 + v1068;
  t1069[i] = v1069;
  let v1070: f32 = sqrt(v1069);
  let l1071: f32 = t968[0i];
  let v1072: f32 = v1070 / l1071;
  let v1074: f32 = v1072 + 1e-8f;
  t1074[i] = v1074;
}
