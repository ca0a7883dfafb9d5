// kernel k177_reduce
@group(0) @binding(0) var<storage, read> t741: array<f32>;
@group(0) @binding(1) var<storage, read> t25: array<f32>;
@group(0) @binding(2) var<storage, read> t841: array<f32>;
@group(0) @binding(3) var<storage, read> t750: array<f32>;
@group(0) @binding(4) var<storage, read_write> t752: array<f32>;
@group(0) @binding(5) var<storage, read_write> t849: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l741: f32 = t741[row * 64i + col];
    let l25: f32 = t25[row * 64i + col];
    let v746: f32 = l741 * l25;
    let l841: f32 = t841[row * 64i + col];
    let v846: f32 = l841 * l25;
    acc0_0 += v746;
    acc0_1 += v846;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
    let l750: f32 = t750[row];
    let v751: f32 = r0_0 * l750;
    let v752: f32 = v751 * 0.015625f;
    t752[row] = v752;
    let v848: f32 = r0_1 * l750;
    let v849: f32 = v848 * 0.015625f;
    t849[row] = v849;
  }
}
