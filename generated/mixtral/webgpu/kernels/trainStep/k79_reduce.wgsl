// kernel k79_reduce
@group(0) @binding(0) var<storage, read> t398: array<f32>;
@group(0) @binding(1) var<storage, read> t224: array<f32>;
@group(0) @binding(2) var<storage, read> t504: array<f32>;
@group(0) @binding(3) var<storage, read> t352: array<f32>;
@group(0) @binding(4) var<storage, read> t229: array<f32>;
@group(0) @binding(5) var<storage, read_write> t414: array<f32>;
@group(0) @binding(6) var<storage, read_write> t516: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k79_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l398: f32 = t398[row * 64i + col];
    let l224: f32 = t224[row * 64i + col];
    let v403: f32 = l398 * l224;
    let l504: f32 = t504[row * 64i + col];
    let v509: f32 = l504 * l224;
    acc0_0 += v403;
    acc0_1 += v509;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l352: f32 = t352[row * 64i + col_1];
    let l398_1: f32 = t398[row * 64i + col_1];
    let l230: f32 = t229[row];
    let v402: f32 = l398_1 * l230;
    let v412: f32 = l352 + v402;
    let l229: f32 = t229[row];
    let v405: f32 = l229 * l229;
    let v406: f32 = l229 * v405;
    let v407: f32 = v406 * -0.5f;
    let v408: f32 = r0_0 * v407;
    let v409: f32 = v408 * 0.015625f;
    let l224_1: f32 = t224[row * 64i + col_1];
    let v411: f32 = v409 * l224_1;
    let v413: f32 = v412 + v411;
    let v414: f32 = v413 + v411;
    t414[row * 64i + col_1] = v414;
    let l504_1: f32 = t504[row * 64i + col_1];
    let v508: f32 = l504_1 * l230;
    let v511: f32 = r0_1 * v407;
    let v512: f32 = v511 * 0.015625f;
    let v514: f32 = v512 * l224_1;
    let v515: f32 = v508 + v514;
    let v516: f32 = v515 + v514;
    t516[row * 64i + col_1] = v516;
  }
}
