// kernel k126_reduce
@group(0) @binding(0) var<storage, read> t606: array<f32>;
@group(0) @binding(1) var<storage, read> t29: array<f32>;
@group(0) @binding(2) var<storage, read> t36: array<f32>;
@group(0) @binding(3) var<storage, read_write> t617: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k126_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l606: f32 = t606[row * 64i + col];
    let l29: f32 = t29[row * 64i + col];
    let v611: f32 = l606 * l29;
    acc0_0 += v611;
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
    let v613: f32 = l36 * l36;
    let v614: f32 = l36 * v613;
    let v615: f32 = v614 * -0.5f;
    let v616: f32 = r0_0 * v615;
    let v617: f32 = v616 * 0.015625f;
    t617[row] = v617;
  }
}
