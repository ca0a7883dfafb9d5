// kernel k114al_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1370: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1375: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_mlp_fc_alpha: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1379: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1384: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114al_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1371: f32 = p_optim_m_blocks_1_mlp_fc_alpha[i];
    let v1373: f32 = l1371 * 0.9f;
    let x1370: f32 = t1370[i];
    let v1374: f32 = x1370 * 0.1f;
    let v1375: f32 = v1373 + v1374;
    t1375[i] = v1375;
    let l1372: f32 = p_optim_v_blocks_1_mlp_fc_alpha[i];
    let v1376: f32 = l1372 * 0.95f;
    let v1377: f32 = x1370 * x1370;
    let v1378: f32 = v1377 * 0.05f;
    let v1379: f32 = v1376 + v1378;
    t1379[i] = v1379;
    let v1380: f32 = sqrt(v1379);
    let l789: f32 = t711[0i];
    let v1381: f32 = v1380 / l789;
    let v1382: f32 = v1381 + 1e-8f;
    let v1383: f32 = v1375 / v1382;
    let l795: f32 = t710[0i];
    let v1384: f32 = v1383 * l795;
    t1384[i] = v1384;
  }
}
