// kernel k49_reduce
@group(0) @binding(0) var<storage, read> t382: array<f32>;
@group(0) @binding(1) var<storage, read> t143: array<f32>;
@group(0) @binding(2) var<storage, read> t148: array<f32>;
@group(0) @binding(3) var<storage, read_write> t397: array<f32>;
@group(0) @binding(4) var<storage, read_write> t400: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k49_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l382: f32 = t382[row * 64i + col];
    let l143: f32 = t143[row * 64i + col];
    let v387: f32 = l382 * l143;
    acc0_0 += v387;
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
    let l382_1: f32 = t382[row * 64i + col_1];
    let l149: f32 = t148[row];
    let v386: f32 = l382_1 * l149;
    let l148: f32 = t148[row];
    let v389: f32 = l148 * l148;
    let v390: f32 = l148 * v389;
    let v391: f32 = v390 * -0.5f;
    let v392: f32 = r0_0 * v391;
    let v393: f32 = v392 * 0.015625f;
    let l143_1: f32 = t143[row * 64i + col_1];
    let v395: f32 = v393 * l143_1;
    let v396: f32 = v386 + v395;
    let v397: f32 = v396 + v395;
    let v398: f32 = -v397;
    acc1_0 += v398;
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
    let l382_2: f32 = t382[row * 64i + col_2];
    let l149_1: f32 = t148[row];
    let v386_1: f32 = l382_2 * l149_1;
    let l148_1: f32 = t148[row];
    let v389_1: f32 = l148_1 * l148_1;
    let v390_1: f32 = l148_1 * v389_1;
    let v391_1: f32 = v390_1 * -0.5f;
    let v392_1: f32 = r0_0 * v391_1;
    let v393_1: f32 = v392_1 * 0.015625f;
    let l143_2: f32 = t143[row * 64i + col_2];
    let v395_1: f32 = v393_1 * l143_2;
    let v396_1: f32 = v386_1 + v395_1;
    let v397_1: f32 = v396_1 + v395_1;
    t397[row * 64i + col_2] = v397_1;
  }
  if (lid == 0i) {
    let v400: f32 = r1_0 * 0.015625f;
    t400[row] = v400;
  }
}
