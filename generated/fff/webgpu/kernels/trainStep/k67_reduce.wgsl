// kernel k67_reduce
@group(0) @binding(0) var<storage, read> t419: array<f32>;
@group(0) @binding(1) var<storage, read> t368: array<f32>;
@group(0) @binding(2) var<storage, read> t373: array<f32>;
@group(0) @binding(3) var<storage, read_write> t440: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k67_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l419: f32 = t419[row * 64i + col];
    let l368: f32 = t368[row * 64i + col];
    let v424: f32 = l419 * l368;
    acc0_0 += v424;
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
    let l419_1: f32 = t419[row * 64i + col_1];
    let l374: f32 = t373[row];
    let v423: f32 = l419_1 * l374;
    let l373: f32 = t373[row];
    let v426: f32 = l373 * l373;
    let v427: f32 = l373 * v426;
    let v429: f32 = v427 * -0.5f;
    let v430: f32 = r0_0 * v429;
    let v431: f32 = v430 * 0.015625f;
    let l368_1: f32 = t368[row * 64i + col_1];
    let v433: f32 = v431 * l368_1;
    let v434: f32 = v423 + v433;
    let v435: f32 = v434 + v433;
    let v436: f32 = -v435;
    acc1_0 += v436;
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
    let l419_2: f32 = t419[row * 64i + col_2];
    let l374_1: f32 = t373[row];
    let v423_1: f32 = l419_2 * l374_1;
    let l373_1: f32 = t373[row];
    let v426_1: f32 = l373_1 * l373_1;
    let v427_1: f32 = l373_1 * v426_1;
    let v429_1: f32 = v427_1 * -0.5f;
    let v430_1: f32 = r0_0 * v429_1;
    let v431_1: f32 = v430_1 * 0.015625f;
    let l368_2: f32 = t368[row * 64i + col_2];
    let v433_1: f32 = v431_1 * l368_2;
    let v434_1: f32 = v423_1 + v433_1;
    let v435_1: f32 = v434_1 + v433_1;
    let v438: f32 = r1_0 * 0.015625f;
    let v440: f32 = v435_1 + v438;
    t440[row * 64i + col_2] = v440;
  }
}
