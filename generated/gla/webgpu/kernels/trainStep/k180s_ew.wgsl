// kernel k180s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1369: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1373: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1376: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1365: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1367: f32 = l1365 * 0.9f;
  let l370: f32 = t370[i];
  let l911: f32 = t840[0i];
  let v1364: f32 = l370 * l911;
  let v1368: f32 = v1364 * 0.1f;
  let v1369: f32 = v1367 + v1368;
  t1369[i] = v1369;
  let l1366: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1370: f32 = l1366 * 0.95f;
  let v1371: f32 = v1364 * v1364;
  let v1372: f32 = v1371 * 0.05f;
  let v1373: f32 = v1370 + v1372;
  t1373[i] = v1373;
  let v1374: f32 = sqrt(v1373);
  let l927: f32 = t850[0i];
  let v1375: f32 = v1374 / l927;
  let v1376: f32 = v1375 + 1e-8f;
  t1376[i] = v1376;
}
