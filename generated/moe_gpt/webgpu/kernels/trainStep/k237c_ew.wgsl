// kernel k237c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t969: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1213: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1217: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1209: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v1211: f32 = l1209 * 0.9f;
  let l969: f32 = t969[i];
  let l1182: f32 = t1111[0i];
  let v1208: f32 = l969 * l1182;
  let v1212: f32 = v1208 * 0.1f;
  let v1213: f32 = v1211 + v1212;
  t1213[i] = v1213;
  let l1210: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v1214: f32 = l1210 * 0.95f;
  let v1215: f32 = v1208 * v1208;
  let v1216: f32 = v1215 * 0.05f;
  let v1217: f32 = v1214 + v1216;
  t1217[i] = v1217;
  let v1218: f32 = sqrt(v1217);
  let l1198: f32 = t1121[0i];
  let v1219: f32 = v1218 / l1198;
  let v1220: f32 = v1219 + 1e-8f;
  t1220[i] = v1220;
}
