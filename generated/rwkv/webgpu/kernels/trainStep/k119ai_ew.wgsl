// kernel k119ai_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1481: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1490: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1486: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1496: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ai_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1483: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1487: f32 = l1483 * 0.95f;
    let x1481: f32 = t1481[i];
    let v1488: f32 = x1481 * x1481;
    let v1489: f32 = v1488 * 0.05f;
    let v1490: f32 = v1487 + v1489;
    t1490[i] = v1490;
    let l32: f32 = p_blocks_1_ln2_g[i];
    let x1486: f32 = t1486[i];
    let v1491: f32 = sqrt(v1490);
    let l963: f32 = t911[0i];
    let v1492: f32 = v1491 / l963;
    let v1493: f32 = v1492 + 1e-8f;
    let v1494: f32 = x1486 / v1493;
    let l969: f32 = t910[0i];
    let v1495: f32 = v1494 * l969;
    let v1496: f32 = l32 - v1495;
    t1496[i] = v1496;
  }
}
