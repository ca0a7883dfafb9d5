// kernel k162b_reduce (compiler/std/moe.loom:95:74)
@group(0) @binding(0) var<storage, read> t161: array<f32>;
@group(0) @binding(1) var<storage, read> t328: array<f32>;
@group(0) @binding(2) var<storage, read> t418: array<f32>;
@group(0) @binding(3) var<storage, read_write> t423: array<f32>;
var<workgroup> partial0: array<f32, 8>;
var<workgroup> partial1: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k162b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let x161: f32 = t161[col];
    let x328: f32 = t328[col];
    acc0_0 += x161;
    acc0_1 += x328;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let l419: f32 = t418[0i];
    let v421: f32 = l419 * 0.0009765625f;
    let v422: f32 = -v421;
    let v165: f32 = 0.0008f * r0_0;
    let v331: f32 = 0.0008f * r0_1;
    let v332: f32 = v165 + v331;
    let v423: f32 = v422 + v332;
    t423[0i] = v423;
  }
}
