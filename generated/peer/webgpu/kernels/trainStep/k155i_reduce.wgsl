// kernel k155i_reduce
@group(0) @binding(0) var<storage, read> t378: array<f32>;
@group(0) @binding(1) var<storage, read> t354: array<f32>;
@group(0) @binding(2) var<storage, read> t412: array<f32>;
@group(0) @binding(3) var<storage, read_write> t772: array<f32>;
@group(0) @binding(4) var<storage, read_write> t789_rows: array<f32>;
@group(0) @binding(5) var<storage, read_write> t793_rows: array<f32>;
@group(0) @binding(6) var<storage, read> t331: array<f32>;
@group(0) @binding(7) var<storage, read_write> t796: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k155i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l378: f32 = t378[row + col * 64i];
    let v788: f32 = l378 * l378;
    let l354: f32 = t354[row + col * 64i];
    let v792: f32 = l354 * l354;
    acc0_0 += v788;
    acc0_1 += v792;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
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
    let x412: f32 = t412[row];
    let v772: f32 = x412 * x412;
    t772[row] = v772;
    t789_rows[row] = r0_0;
    t793_rows[row] = r0_1;
    let x331: f32 = t331[row];
    let v796: f32 = x331 * x331;
    t796[row] = v796;
  }
}
