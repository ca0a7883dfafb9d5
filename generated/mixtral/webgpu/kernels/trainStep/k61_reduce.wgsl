// kernel k61_reduce
@group(0) @binding(0) var<storage, read> t336: array<f32>;
@group(0) @binding(1) var<storage, read> t289: array<f32>;
@group(0) @binding(2) var<storage, read> t294: array<f32>;
@group(0) @binding(3) var<storage, read_write> t352: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k61_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l336: f32 = t336[row * 64i + col];
    let l289: f32 = t289[row * 64i + col];
    let v341: f32 = l336 * l289;
    acc0_0 += v341;
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
    let l336_1: f32 = t336[row * 64i + col_1];
    let l295: f32 = t294[row];
    let v340: f32 = l336_1 * l295;
    let l294: f32 = t294[row];
    let v343: f32 = l294 * l294;
    let v344: f32 = l294 * v343;
    let v346: f32 = v344 * -0.5f;
    let v347: f32 = r0_0 * v346;
    let v348: f32 = v347 * 0.015625f;
    let l289_1: f32 = t289[row * 64i + col_1];
    let v350: f32 = v348 * l289_1;
    let v351: f32 = v340 + v350;
    let v352: f32 = v351 + v350;
    t352[row * 64i + col_1] = v352;
  }
}
