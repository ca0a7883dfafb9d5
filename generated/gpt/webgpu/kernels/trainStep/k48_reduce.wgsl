// kernel k48_reduce
@group(0) @binding(0) var<storage, read> t345: array<f32>;
@group(0) @binding(1) var<storage, read> t123: array<f32>;
@group(0) @binding(2) var<storage, read> t128: array<f32>;
@group(0) @binding(3) var<storage, read_write> t360: array<f32>;
@group(0) @binding(4) var<storage, read_write> t363: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k48_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l345: f32 = t345[row * 64i + col];
    let l123: f32 = t123[row * 64i + col];
    let v350: f32 = l345 * l123;
    acc0_0 += v350;
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
    let l345_1: f32 = t345[row * 64i + col_1];
    let l129: f32 = t128[row];
    let v349: f32 = l345_1 * l129;
    let l128: f32 = t128[row];
    let v352: f32 = l128 * l128;
    let v353: f32 = l128 * v352;
    let v354: f32 = v353 * -0.5f;
    let v355: f32 = r0_0 * v354;
    let v356: f32 = v355 * 0.015625f;
    let l123_1: f32 = t123[row * 64i + col_1];
    let v358: f32 = v356 * l123_1;
    let v359: f32 = v349 + v358;
    let v360: f32 = v359 + v358;
    let v361: f32 = -v360;
    t360[row * 64i + col_1] = v360;
    acc1_0 += v361;
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
  if (lid == 0i) {
    let v363: f32 = r1_0 * 0.015625f;
    t363[row] = v363;
  }
}
