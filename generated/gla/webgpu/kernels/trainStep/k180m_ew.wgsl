// kernel k180m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t521: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1286: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1290: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1293: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1282: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1284: f32 = l1282 * 0.9f;
  let l521: f32 = t521[i];
  let l961: f32 = t890[0i];
  let v1281: f32 = l521 * l961;
  let v1285: f32 = v1281 * 0.1f;
  let v1286: f32 = v1284 + v1285;
  t1286[i] = v1286;
  let l1283: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1287: f32 = l1283 * 0.95f;
  let v1288: f32 = v1281 * v1281;
  let v1289: f32 = v1288 * 0.05f;
  let v1290: f32 = v1287 + v1289;
  t1290[i] = v1290;
  let v1291: f32 = sqrt(v1290);
  let l977: f32 = t900[0i];
  let v1292: f32 = v1291 / l977;
  let v1293: f32 = v1292 + 1e-8f;
  t1293[i] = v1293;
}
