// kernel k12_reduce (compiler/std/linear.loom:27:9)
@group(0) @binding(0) var<storage, read> t58: array<f32>;
@group(0) @binding(1) var<storage, read> t69: array<f32>;
@group(0) @binding(2) var<storage, read_write> t73: array<f32>;
var<workgroup> partial0: array<f32, 1>;
@compute @workgroup_size(1, 1, 1)
fn k12_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1i; col++) {
    let l58: f32 = t58[row];
    acc0_0 += l58;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let l70: f32 = t69[row];
    let v71: f32 = r0_0 + l70;
    let v73: f32 = v71 + 0.000001f;
    t73[row] = v73;
  }
}
