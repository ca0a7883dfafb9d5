// kernel k57_reduce
@group(0) @binding(0) var<storage, read> t329: array<f32>;
@group(0) @binding(1) var<storage, read> t278: array<f32>;
@group(0) @binding(2) var<storage, read> t283: array<f32>;
@group(0) @binding(3) var<storage, read_write> t350: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l329: f32 = t329[row * 64i + col];
    let l278: f32 = t278[row * 64i + col];
    let v334: f32 = l329 * l278;
    acc0_0 += v334;
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
    let l329_1: f32 = t329[row * 64i + col_1];
    let l284: f32 = t283[row];
    let v333: f32 = l329_1 * l284;
    let l283: f32 = t283[row];
    let v336: f32 = l283 * l283;
    let v337: f32 = l283 * v336;
    let v339: f32 = v337 * -0.5f;
    let v340: f32 = r0_0 * v339;
    let v341: f32 = v340 * 0.015625f;
    let l278_1: f32 = t278[row * 64i + col_1];
    let v343: f32 = v341 * l278_1;
    let v344: f32 = v333 + v343;
    let v345: f32 = v344 + v343;
    let v346: f32 = -v345;
    acc1_0 += v346;
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
    let l329_2: f32 = t329[row * 64i + col_2];
    let l284_1: f32 = t283[row];
    let v333_1: f32 = l329_2 * l284_1;
    let l283_1: f32 = t283[row];
    let v336_1: f32 = l283_1 * l283_1;
    let v337_1: f32 = l283_1 * v336_1;
    let v339_1: f32 = v337_1 * -0.5f;
    let v340_1: f32 = r0_0 * v339_1;
    let v341_1: f32 = v340_1 * 0.015625f;
    let l278_2: f32 = t278[row * 64i + col_2];
    let v343_1: f32 = v341_1 * l278_2;
    let v344_1: f32 = v333_1 + v343_1;
    let v345_1: f32 = v344_1 + v343_1;
    let v348: f32 = r1_0 * 0.015625f;
    let v350: f32 = v345_1 + v348;
    t350[row * 64i + col_2] = v350;
  }
}
