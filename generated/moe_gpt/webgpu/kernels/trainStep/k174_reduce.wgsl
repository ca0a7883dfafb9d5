// kernel k174_reduce
@group(0) @binding(0) var<storage, read> t780: array<f32>;
@group(0) @binding(1) var<storage, read> t103: array<f32>;
@group(0) @binding(2) var<storage, read> t881: array<f32>;
@group(0) @binding(3) var<storage, read_write> t785: array<f32>;
@group(0) @binding(4) var<storage, read_write> t885: array<f32>;
var<workgroup> partial0: array<f32, 16>;
var<workgroup> partial1: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k174_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l780: f32 = t780[row * 16i + col];
    let l103: f32 = t103[row * 16i + col];
    let v784: f32 = l780 * l103;
    let l881: f32 = t881[row * 16i + col];
    let v884: f32 = l881 * l103;
    acc0_0 += v784;
    acc0_1 += v884;
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
    t785[row] = r0_0;
    t885[row] = r0_1;
  }
}
