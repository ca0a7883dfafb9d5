// kernel k135_reduce
@group(0) @binding(0) var<storage, read> t606: array<f32>;
@group(0) @binding(1) var<storage, read> t48: array<f32>;
@group(0) @binding(2) var<storage, read> t54: array<f32>;
@group(0) @binding(3) var<storage, read_write> t621: array<f32>;
@group(0) @binding(4) var<storage, read_write> t624: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k135_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l606: f32 = t606[row * 64i + col];
    let l48: f32 = t48[row * 64i + col];
    let v611: f32 = l606 * l48;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l606_1: f32 = t606[row * 64i + col_1];
    let l55: f32 = t54[row];
    let v610: f32 = l606_1 * l55;
    let l54: f32 = t54[row];
    let v613: f32 = l54 * l54;
    let v614: f32 = l54 * v613;
    let v615: f32 = v614 * -0.5f;
    let v616: f32 = r0_0 * v615;
    let v617: f32 = v616 * 0.015625f;
    let l48_1: f32 = t48[row * 64i + col_1];
    let v619: f32 = v617 * l48_1;
    let v620: f32 = v610 + v619;
    let v621: f32 = v620 + v619;
    let v622: f32 = -v621;
    t621[row * 64i + col_1] = v621;
    acc1_0 += v622;
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
    let v624: f32 = r1_0 * 0.015625f;
    t624[row] = v624;
  }
}
