// kernel k146i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t598: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1366: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1370: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1373: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1362: f32 = p_optim_m_blocks_0_ffn_receptance_w[i];
  let v1364: f32 = l1362 * 0.9f;
  let l598: f32 = t598[i];
  let l1194: f32 = t995[0i];
  let v1361: f32 = l598 * l1194;
  let v1365: f32 = v1361 * 0.1f;
  let v1366: f32 = v1364 + v1365;
  t1366[i] = v1366;
  let l1363: f32 = p_optim_v_blocks_0_ffn_receptance_w[i];
  let v1367: f32 = l1363 * 0.95f;
  let v1368: f32 = v1361 * v1361;
  let v1369: f32 = v1368 * 0.05f;
  let v1370: f32 = v1367 + v1369;
  t1370[i] = v1370;
  let v1371: f32 = sqrt(v1370);
  let l1210: f32 = t1005[0i];
  let v1372: f32 = v1371 / l1210;
  let v1373: f32 = v1372 + 1e-8f;
  t1373[i] = v1373;
}
