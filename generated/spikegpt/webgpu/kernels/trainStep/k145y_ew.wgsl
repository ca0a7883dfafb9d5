// kernel k145y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1411: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1420: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1416: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1426: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1413: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1417: f32 = l1413 * 0.95f;
    let x1411: f32 = t1411[i];
    let v1418: f32 = x1411 * x1411;
    let v1419: f32 = v1418 * 0.05f;
    let v1420: f32 = v1417 + v1419;
    t1420[i] = v1420;
    let l22: f32 = p_blocks_1_ln1_b[i];
    let x1416: f32 = t1416[i];
    let v1421: f32 = sqrt(v1420);
    let l1057: f32 = t1005[0i];
    let v1422: f32 = v1421 / l1057;
    let v1423: f32 = v1422 + 1e-8f;
    let v1424: f32 = x1416 / v1423;
    let l1063: f32 = t1004[0i];
    let v1425: f32 = v1424 * l1063;
    let v1426: f32 = l22 - v1425;
    t1426[i] = v1426;
  }
}
