// kernel k69_reduce
@group(0) @binding(0) var<storage, read> t370: array<f32>;
@group(0) @binding(1) var<storage, read> t96: array<f32>;
@group(0) @binding(2) var<storage, read> t354: array<f32>;
@group(0) @binding(3) var<storage, read> t101: array<f32>;
@group(0) @binding(4) var<storage, read_write> t386: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l370: f32 = t370[row * 64i + col];
    let l96: f32 = t96[row * 64i + col];
    let v375: f32 = l370 * l96;
    acc0_0 += v375;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l354: f32 = t354[row * 64i + col_1];
    let l370_1: f32 = t370[row * 64i + col_1];
    let l102: f32 = t101[row];
    let v374: f32 = l370_1 * l102;
    let v384: f32 = l354 + v374;
    let l101: f32 = t101[row];
    let v377: f32 = l101 * l101;
    let v378: f32 = l101 * v377;
    let v379: f32 = v378 * -0.5f;
    let v380: f32 = r0_0 * v379;
    let v381: f32 = v380 * 0.015625f;
    let l96_1: f32 = t96[row * 64i + col_1];
    let v383: f32 = v381 * l96_1;
    let v385: f32 = v384 + v383;
    let v386: f32 = v385 + v383;
    t386[row * 64i + col_1] = v386;
  }
}
