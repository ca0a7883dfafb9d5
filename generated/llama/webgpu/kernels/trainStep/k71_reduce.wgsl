// kernel k71_reduce
@group(0) @binding(0) var<storage, read> t383: array<f32>;
@group(0) @binding(1) var<storage, read> t97: array<f32>;
@group(0) @binding(2) var<storage, read> t365: array<f32>;
@group(0) @binding(3) var<storage, read> t102: array<f32>;
@group(0) @binding(4) var<storage, read_write> t399: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k71_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l383: f32 = t383[row * 64i + col];
    let l97: f32 = t97[row * 64i + col];
    let v388: f32 = l383 * l97;
    acc0_0 += v388;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l365: f32 = t365[row * 64i + col_1];
    let l383_1: f32 = t383[row * 64i + col_1];
    let l103: f32 = t102[row];
    let v387: f32 = l383_1 * l103;
    let v397: f32 = l365 + v387;
    let l102: f32 = t102[row];
    let v390: f32 = l102 * l102;
    let v391: f32 = l102 * v390;
    let v392: f32 = v391 * -0.5f;
    let v393: f32 = r0_0 * v392;
    let v394: f32 = v393 * 0.015625f;
    let l97_1: f32 = t97[row * 64i + col_1];
    let v396: f32 = v394 * l97_1;
    let v398: f32 = v397 + v396;
    let v399: f32 = v398 + v396;
    t399[row * 64i + col_1] = v399;
  }
}
