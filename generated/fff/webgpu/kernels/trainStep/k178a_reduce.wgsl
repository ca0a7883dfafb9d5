// kernel k178a_reduce
@group(0) @binding(0) var<storage, read> t754: array<f32>;
@group(0) @binding(1) var<storage, read> t803: array<f32>;
@group(0) @binding(2) var<storage, read> t806: array<f32>;
@group(0) @binding(3) var<storage, read_write> t809: array<f32>;
@group(0) @binding(4) var<storage, read_write> t810: array<f32>;
@group(0) @binding(5) var<storage, read_write> t858: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k178a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l754: f32 = t754[row + col * 4096i];
    let l803: f32 = t803[row + col * 4096i];
    let v808: f32 = l754 + l803;
    let l807: f32 = t806[row / 64i + col * 64i];
    let v809: f32 = v808 + l807;
    t809[row + col * 4096i] = v809;
    acc0_0 += v809;
  }
  partial0[lid] = acc0_0;
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
    t810[row] = r0_0;
    let v858: f32 = r0_0 * r0_0;
    t858[row] = v858;
  }
}
