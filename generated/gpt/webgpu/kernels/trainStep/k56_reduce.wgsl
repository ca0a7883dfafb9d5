// kernel k56_reduce
@group(0) @binding(0) var<storage, read> t424: array<f32>;
@group(0) @binding(1) var<storage, read> t109: array<f32>;
@group(0) @binding(2) var<storage, read> t114: array<f32>;
@group(0) @binding(3) var<storage, read_write> t439: array<f32>;
@group(0) @binding(4) var<storage, read_write> t442: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k56_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l424: f32 = t424[row * 64i + col];
    let l109: f32 = t109[row * 64i + col];
    let v429: f32 = l424 * l109;
    acc0_0 += v429;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l424_1: f32 = t424[row * 64i + col_1];
    let l115: f32 = t114[row];
    let v428: f32 = l424_1 * l115;
    let l114: f32 = t114[row];
    let v431: f32 = l114 * l114;
    let v432: f32 = l114 * v431;
    let v433: f32 = v432 * -0.5f;
    let v434: f32 = r0_0 * v433;
    let v435: f32 = v434 * 0.015625f;
    let l109_1: f32 = t109[row * 64i + col_1];
    let v437: f32 = v435 * l109_1;
    let v438: f32 = v428 + v437;
    let v439: f32 = v438 + v437;
    let v440: f32 = -v439;
    acc1_0 += v440;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l424_2: f32 = t424[row * 64i + col_2];
    let l115_1: f32 = t114[row];
    let v428_1: f32 = l424_2 * l115_1;
    let l114_1: f32 = t114[row];
    let v431_1: f32 = l114_1 * l114_1;
    let v432_1: f32 = l114_1 * v431_1;
    let v433_1: f32 = v432_1 * -0.5f;
    let v434_1: f32 = r0_0 * v433_1;
    let v435_1: f32 = v434_1 * 0.015625f;
    let l109_2: f32 = t109[row * 64i + col_2];
    let v437_1: f32 = v435_1 * l109_2;
    let v438_1: f32 = v428_1 + v437_1;
    let v439_1: f32 = v438_1 + v437_1;
    t439[row * 64i + col_2] = v439_1;
  }
  if (lid == 0i) {
    let v442: f32 = r1_0 * 0.015625f;
    t442[row] = v442;
  }
}
