// kernel k86_reduce
@group(0) @binding(0) var<storage, read> t415: array<f32>;
@group(0) @binding(1) var<storage, read> t221: array<f32>;
@group(0) @binding(2) var<storage, read> t517: array<f32>;
@group(0) @binding(3) var<storage, read_write> t420: array<f32>;
@group(0) @binding(4) var<storage, read_write> t521: array<f32>;
var<workgroup> partial0: array<f32, 16>;
var<workgroup> partial1: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k86_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l415: f32 = t415[row * 16i + col];
    let l221: f32 = t221[row * 16i + col];
    let v419: f32 = l415 * l221;
    let l517: f32 = t517[row * 16i + col];
    let v520: f32 = l517 * l221;
    acc0_0 += v419;
    acc0_1 += v520;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
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
    t420[row] = r0_0;
    t521[row] = r0_1;
  }
}
