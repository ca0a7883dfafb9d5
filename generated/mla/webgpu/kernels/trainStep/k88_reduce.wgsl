// kernel k88_reduce
@group(0) @binding(0) var<storage, read> t460: array<f32>;
@group(0) @binding(1) var<storage, read> t156: array<f32>;
@group(0) @binding(2) var<storage, read> t354: array<f32>;
@group(0) @binding(3) var<storage, read> t161: array<f32>;
@group(0) @binding(4) var<storage, read_write> t476: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k88_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l460: f32 = t460[row * 64i + col];
    let l156: f32 = t156[row * 64i + col];
    let v465: f32 = l460 * l156;
    acc0_0 += v465;
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
    let l460_1: f32 = t460[row * 64i + col_1];
    let l162: f32 = t161[row];
    let v464: f32 = l460_1 * l162;
    let v474: f32 = l354 + v464;
    let l161: f32 = t161[row];
    let v467: f32 = l161 * l161;
    let v468: f32 = l161 * v467;
    let v469: f32 = v468 * -0.5f;
    let v470: f32 = r0_0 * v469;
    let v471: f32 = v470 * 0.015625f;
    let l156_1: f32 = t156[row * 64i + col_1];
    let v473: f32 = v471 * l156_1;
    let v475: f32 = v474 + v473;
    let v476: f32 = v475 + v473;
    t476[row * 64i + col_1] = v476;
  }
}
