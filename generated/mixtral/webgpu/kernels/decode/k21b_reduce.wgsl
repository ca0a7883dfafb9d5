// kernel k21b_reduce (compiler/std/moe.loom:84:51)
@group(0) @binding(0) var<storage, read> t151: array<f32>;
@group(0) @binding(1) var<storage, read_write> t156: array<f32>;
@group(0) @binding(2) var<storage, read_write> t168: array<f32>;
var<workgroup> partial0: array<f32, 8>;
var<workgroup> partial1: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k21b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let x151: f32 = t151[col];
    acc0_0 += x151;
    acc0_1 = max(acc0_1, x151);
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = max(partial1[lid], partial1[lid + 4i]);
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = max(partial1[lid], partial1[lid + 2i]);
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = max(partial1[lid], partial1[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let v156: f32 = r0_0 * 0.125f;
    t156[0i] = v156;
    let v168: f32 = r0_1 / v156;
    t168[0i] = v168;
  }
}
