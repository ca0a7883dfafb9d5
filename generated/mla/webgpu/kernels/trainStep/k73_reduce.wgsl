// kernel k73_reduce
@group(0) @binding(0) var<storage, read> t394: array<f32>;
@group(0) @binding(1) var<storage, read> t199: array<f32>;
@group(0) @binding(2) var<storage, read> t205: array<f32>;
@group(0) @binding(3) var<storage, read_write> t409: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l394: f32 = t394[row * 16i + col];
    let l200: f32 = t199[row * 24i + col];
    let v399: f32 = l394 * l200;
    acc0_0 += v399;
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
    let l394_1: f32 = t394[row * 16i + col_1];
    let l206: f32 = t205[row];
    let v398: f32 = l394_1 * l206;
    let l205: f32 = t205[row];
    let v401: f32 = l205 * l205;
    let v402: f32 = l205 * v401;
    let v403: f32 = v402 * -0.5f;
    let v404: f32 = r0_0 * v403;
    let v405: f32 = v404 * 0.0625f;
    let l200_1: f32 = t199[row * 24i + col_1];
    let v407: f32 = v405 * l200_1;
    let v408: f32 = v398 + v407;
    let v409: f32 = v408 + v407;
    t409[row * 16i + col_1] = v409;
  }
}
