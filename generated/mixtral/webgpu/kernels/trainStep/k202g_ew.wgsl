// kernel k202g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t832: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1285: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1289: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1292: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1281: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1283: f32 = l1281 * 0.9f;
  let l832: f32 = t832[i];
  let l1055: f32 = t958[0i];
  let v1280: f32 = l832 * l1055;
  let v1284: f32 = v1280 * 0.1f;
  let v1285: f32 = v1283 + v1284;
  t1285[i] = v1285;
  let l1282: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1286: f32 = l1282 * 0.95f;
  let v1287: f32 = v1280 * v1280;
  let v1288: f32 = v1287 * 0.05f;
  let v1289: f32 = v1286 + v1288;
  t1289[i] = v1289;
  let v1290: f32 = sqrt(v1289);
  let l1071: f32 = t968[0i];
  let v1291: f32 = v1290 / l1071;
  let v1292: f32 = v1291 + 1e-8f;
  t1292[i] = v1292;
}
