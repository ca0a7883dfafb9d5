// kernel k150g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t366: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1194: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1198: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1201: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1190: f32 = p_optim_m_layers_1_attn_wkv_b_w[i];
  let v1192: f32 = l1190 * 0.9f;
  let l366: f32 = t366[i];
  let l953: f32 = t756[0i];
  let v1189: f32 = l366 * l953;
  let v1193: f32 = v1189 * 0.1f;
  let v1194: f32 = v1192 + v1193;
  t1194[i] = v1194;
  let l1191: f32 = p_optim_v_layers_1_attn_wkv_b_w[i];
  let v1195: f32 = l1191 * 0.95f;
  let v1196: f32 = v1189 * v1189;
  let v1197: f32 = v1196 * 0.05f;
  let v1198: f32 = v1195 + v1197;
  t1198[i] = v1198;
  let v1199: f32 = sqrt(v1198);
  let l969: f32 = t766[0i];
  let v1200: f32 = v1199 / l969;
  let v1201: f32 = v1200 + 1e-8f;
  t1201[i] = v1201;
}
