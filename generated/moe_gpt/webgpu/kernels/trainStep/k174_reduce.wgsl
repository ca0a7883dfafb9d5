// kernel k174_reduce
@group(0) @binding(0) var<storage, read> t760: array<f32>;
@group(0) @binding(1) var<storage, read> t103: array<f32>;
@group(0) @binding(2) var<storage, read> t861: array<f32>;
@group(0) @binding(3) var<storage, read_write> t765: array<f32>;
@group(0) @binding(4) var<storage, read_write> t865: array<f32>;
var<workgroup> partial0: array<f32, 16>;
var<workgroup> partial1: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k174_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l760: f32 = t760[row * 16i + col];
    let l103: f32 = t103[row * 16i + col];
    let v764: f32 = l760 * l103;
    let l861: f32 = t861[row * 16i + col];
    let v864: f32 = l861 * l103;
    acc0_0 += v764;
    acc0_1 += v864;
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
    t765[row] = r0_0;
    t865[row] = r0_1;
  }
}
