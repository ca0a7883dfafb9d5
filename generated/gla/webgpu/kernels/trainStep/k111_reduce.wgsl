// kernel k111_reduce
@group(0) @binding(0) var<storage, read> t565: array<f32>;
@group(0) @binding(1) var<storage, read> t160: array<f32>;
@group(0) @binding(2) var<storage, read> t547: array<f32>;
@group(0) @binding(3) var<storage, read> t165: array<f32>;
@group(0) @binding(4) var<storage, read_write> t581: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l565: f32 = t565[row * 64i + col];
    let l160: f32 = t160[row * 64i + col];
    let v570: f32 = l565 * l160;
    acc0_0 += v570;
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
    let l547: f32 = t547[row * 64i + col_1];
    let l565_1: f32 = t565[row * 64i + col_1];
    let l166: f32 = t165[row];
    let v569: f32 = l565_1 * l166;
    let v579: f32 = l547 + v569;
    let l165: f32 = t165[row];
    let v572: f32 = l165 * l165;
    let v573: f32 = l165 * v572;
    let v574: f32 = v573 * -0.5f;
    let v575: f32 = r0_0 * v574;
    let v576: f32 = v575 * 0.015625f;
    let l160_1: f32 = t160[row * 64i + col_1];
    let v578: f32 = v576 * l160_1;
    let v580: f32 = v579 + v578;
    let v581: f32 = v580 + v578;
    t581[row * 64i + col_1] = v581;
  }
}
