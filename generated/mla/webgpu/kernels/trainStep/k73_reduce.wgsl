// kernel k73_reduce
@group(0) @binding(0) var<storage, read> t386: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t201: array<f32>;
@group(0) @binding(3) var<storage, read_write> t401: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l386: f32 = t386[row * 16i + col];
    let l196: f32 = t195[row * 24i + col];
    let v391: f32 = l386 * l196;
    acc0_0 += v391;
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
    let l386_1: f32 = t386[row * 16i + col_1];
    let l202: f32 = t201[row];
    let v390: f32 = l386_1 * l202;
    let l201: f32 = t201[row];
    let v393: f32 = l201 * l201;
    let v394: f32 = l201 * v393;
    let v395: f32 = v394 * -0.5f;
    let v396: f32 = r0_0 * v395;
    let v397: f32 = v396 * 0.0625f;
    let l196_1: f32 = t195[row * 24i + col_1];
    let v399: f32 = v397 * l196_1;
    let v400: f32 = v390 + v399;
    let v401: f32 = v400 + v399;
    t401[row * 16i + col_1] = v401;
  }
}
