// kernel k180q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t410: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1370: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1374: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1377: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1366: f32 = p_optim_m_layers_1_attn_wr_w[i];
  let v1368: f32 = l1366 * 0.9f;
  let l410: f32 = t410[i];
  let l961: f32 = t890[0i];
  let v1365: f32 = l410 * l961;
  let v1369: f32 = v1365 * 0.1f;
  let v1370: f32 = v1368 + v1369;
  t1370[i] = v1370;
  let l1367: f32 = p_optim_v_layers_1_attn_wr_w[i];
  let v1371: f32 = l1367 * 0.95f;
  let v1372: f32 = v1365 * v1365;
  let v1373: f32 = v1372 * 0.05f;
  let v1374: f32 = v1371 + v1373;
  t1374[i] = v1374;
  let v1375: f32 = sqrt(v1374);
  let l977: f32 = t900[0i];
  let v1376: f32 = v1375 / l977;
  let v1377: f32 = v1376 + 1e-8f;
  t1377[i] = v1377;
}
