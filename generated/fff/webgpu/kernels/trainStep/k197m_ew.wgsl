// kernel k197m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t593: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1376: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1380: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1383: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1372: f32 = p_optim_m_blocks_1_attn_wk_w[i];
  let v1374: f32 = l1372 * 0.9f;
  let l593: f32 = t593[i];
  let l1030: f32 = t986[0i];
  let v1371: f32 = l593 * l1030;
  let v1375: f32 = v1371 * 0.1f;
  let v1376: f32 = v1374 + v1375;
  t1376[i] = v1376;
  let l1373: f32 = p_optim_v_blocks_1_attn_wk_w[i];
  let v1377: f32 = l1373 * 0.95f;
  let v1378: f32 = v1371 * v1371;
  let v1379: f32 = v1378 * 0.05f;
  let v1380: f32 = v1377 + v1379;
  t1380[i] = v1380;
  let v1381: f32 = sqrt(v1380);
  let l1046: f32 = t996[0i];
  let v1382: f32 = v1381 / l1046;
  let v1383: f32 = v1382 + 1e-8f;
  t1383[i] = v1383;
}
