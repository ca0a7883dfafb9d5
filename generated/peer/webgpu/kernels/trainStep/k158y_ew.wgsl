// kernel k158y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1365: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1374: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1370: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1380: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1367: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1371: f32 = l1367 * 0.95f;
    let x1365: f32 = t1365[i];
    let v1372: f32 = x1365 * x1365;
    let v1373: f32 = v1372 * 0.05f;
    let v1374: f32 = v1371 + v1373;
    t1374[i] = v1374;
    let l29: f32 = p_blocks_1_ln2_g[i];
    let x1370: f32 = t1370[i];
    let v1375: f32 = sqrt(v1374);
    let l896: f32 = t818[0i];
    let v1376: f32 = v1375 / l896;
    let v1377: f32 = v1376 + 1e-8f;
    let v1378: f32 = x1370 / v1377;
    let l902: f32 = t817[0i];
    let v1379: f32 = v1378 * l902;
    let v1380: f32 = l29 - v1379;
    t1380[i] = v1380;
  }
}
