// kernel k72a_reduce
@group(0) @binding(0) var<storage, read> t445: array<f32>;
@group(0) @binding(1) var<storage, read> t500: array<f32>;
@group(0) @binding(2) var<storage, read> t503: array<f32>;
@group(0) @binding(3) var<storage, read_write> t506: array<f32>;
@group(0) @binding(4) var<storage, read_write> t507: array<f32>;
@group(0) @binding(5) var<storage, read_write> t535: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k72a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l445: f32 = t445[row + col * 4096i];
    let l500: f32 = t500[row + col * 4096i];
    let v505: f32 = l445 + l500;
    let l504: f32 = t503[row / 64i + col * 64i];
    let v506: f32 = v505 + l504;
    acc0_0 += v506;
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
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l445_1: f32 = t445[row + col_1 * 4096i];
    let l500_1: f32 = t500[row + col_1 * 4096i];
    let v505_1: f32 = l445_1 + l500_1;
    let l504_1: f32 = t503[row / 64i + col_1 * 64i];
    let v506_1: f32 = v505_1 + l504_1;
    t506[row + col_1 * 4096i] = v506_1;
  }
  if (lid == 0i) {
    t507[row] = r0_0;
    let v535: f32 = r0_0 * r0_0;
    t535[row] = v535;
  }
}
