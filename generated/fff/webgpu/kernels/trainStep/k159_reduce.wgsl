// kernel k159_reduce
@group(0) @binding(0) var<storage, read> t733: array<f32>;
@group(0) @binding(1) var<storage, read> t85: array<f32>;
@group(0) @binding(2) var<storage, read> t90: array<f32>;
@group(0) @binding(3) var<storage, read_write> t748: array<f32>;
@group(0) @binding(4) var<storage, read_write> t751: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k159_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l733: f32 = t733[row * 64i + col];
    let l85: f32 = t85[row * 64i + col];
    let v738: f32 = l733 * l85;
    acc0_0 += v738;
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
    let l733_1: f32 = t733[row * 64i + col_1];
    let l91: f32 = t90[row];
    let v737: f32 = l733_1 * l91;
    let l90: f32 = t90[row];
    let v740: f32 = l90 * l90;
    let v741: f32 = l90 * v740;
    let v742: f32 = v741 * -0.5f;
    let v743: f32 = r0_0 * v742;
    let v744: f32 = v743 * 0.015625f;
    let l85_1: f32 = t85[row * 64i + col_1];
    let v746: f32 = v744 * l85_1;
    let v747: f32 = v737 + v746;
    let v748: f32 = v747 + v746;
    let v749: f32 = -v748;
    t748[row * 64i + col_1] = v748;
    acc1_0 += v749;
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
    let v751: f32 = r1_0 * 0.015625f;
    t751[row] = v751;
  }
}
