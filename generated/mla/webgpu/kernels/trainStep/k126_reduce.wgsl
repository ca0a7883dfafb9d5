// kernel k126_reduce
@group(0) @binding(0) var<storage, read> t616: array<f32>;
@group(0) @binding(1) var<storage, read> t29: array<f32>;
@group(0) @binding(2) var<storage, read> t36: array<f32>;
@group(0) @binding(3) var<storage, read_write> t627: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k126_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l616: f32 = t616[row * 64i + col];
    let l29: f32 = t29[row * 64i + col];
    let v621: f32 = l616 * l29;
    acc0_0 += v621;
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
  if (lid == 0i) {
    let l36: f32 = t36[row];
    let v623: f32 = l36 * l36;
    let v624: f32 = l36 * v623;
    let v625: f32 = v624 * -0.5f;
    let v626: f32 = r0_0 * v625;
    let v627: f32 = v626 * 0.015625f;
    t627[row] = v627;
  }
}
