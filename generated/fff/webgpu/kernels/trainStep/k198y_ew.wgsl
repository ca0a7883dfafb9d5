// kernel k198y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1470: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1479: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1475: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1485: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1472: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1476: f32 = l1472 * 0.95f;
    let x1470: f32 = t1470[i];
    let v1477: f32 = x1470 * x1470;
    let v1478: f32 = v1477 * 0.05f;
    let v1479: f32 = v1476 + v1478;
    t1479[i] = v1479;
    let l26: f32 = p_blocks_1_ln2_g[i];
    let x1475: f32 = t1475[i];
    let v1480: f32 = sqrt(v1479);
    let l1074: f32 = t996[0i];
    let v1481: f32 = v1480 / l1074;
    let v1482: f32 = v1481 + 1e-8f;
    let v1483: f32 = x1475 / v1482;
    let l1080: f32 = t995[0i];
    let v1484: f32 = v1483 * l1080;
    let v1485: f32 = l26 - v1484;
    t1485[i] = v1485;
  }
}
