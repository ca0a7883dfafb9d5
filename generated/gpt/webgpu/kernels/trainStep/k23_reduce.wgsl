// kernel k23_reduce
@group(0) @binding(0) var<storage, read> t247: array<f32>;
@group(0) @binding(1) var<storage, read> t196: array<f32>;
@group(0) @binding(2) var<storage, read> t201: array<f32>;
@group(0) @binding(3) var<storage, read_write> t263: array<f32>;
@group(0) @binding(4) var<storage, read_write> t266: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l247: f32 = t247[row * 64i + col];
    let l196: f32 = t196[row * 64i + col];
    let v252: f32 = l247 * l196;
    acc0_0 += v252;
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
    let l247_1: f32 = t247[row * 64i + col_1];
    let l202: f32 = t201[row];
    let v251: f32 = l247_1 * l202;
    let l201: f32 = t201[row];
    let v254: f32 = l201 * l201;
    let v255: f32 = l201 * v254;
    let v257: f32 = v255 * -0.5f;
    let v258: f32 = r0_0 * v257;
    let v259: f32 = v258 * 0.015625f;
    let l196_1: f32 = t196[row * 64i + col_1];
    let v261: f32 = v259 * l196_1;
    let v262: f32 = v251 + v261;
    let v263: f32 = v262 + v261;
    let v264: f32 = -v263;
    t263[row * 64i + col_1] = v263;
    acc1_0 += v264;
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
    let v266: f32 = r1_0 * 0.015625f;
    t266[row] = v266;
  }
}
