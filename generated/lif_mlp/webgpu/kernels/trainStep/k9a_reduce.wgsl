// kernel k9a_reduce
@group(0) @binding(0) var<storage, read> t463: array<f32>;
@group(0) @binding(1) var<storage, read> t466: array<f32>;
@group(0) @binding(2) var<storage, read> t447: array<f32>;
@group(0) @binding(3) var<storage, read_write> t469: array<f32>;
@group(0) @binding(4) var<storage, read_write> t470: array<f32>;
@group(0) @binding(5) var<storage, read_write> t777: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k9a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l463: f32 = t463[row + col * 256i];
    let l467: f32 = t466[col];
    let l447: f32 = t447[row + col * 256i];
    let v468: f32 = l467 * l447;
    let v469: f32 = l463 + v468;
    acc0_0 += v469;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  for (var col_1: i32 = lid; col_1 < 256i; col_1 += 256i) {
    let l463_1: f32 = t463[row + col_1 * 256i];
    let l467_1: f32 = t466[col_1];
    let l447_1: f32 = t447[row + col_1 * 256i];
    let v468_1: f32 = l467_1 * l447_1;
    let v469_1: f32 = l463_1 + v468_1;
    t469[row + col_1 * 256i] = v469_1;
  }
  if (lid == 0i) {
    t470[row] = r0_0;
    let v777: f32 = r0_0 * r0_0;
    t777[row] = v777;
  }
}
