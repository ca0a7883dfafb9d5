// kernel k78_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t464: array<f32>;
@group(0) @binding(1) var<storage, read_write> t471: array<f32>;
@group(0) @binding(2) var<storage, read> p_mtp_blocks_3_mlp_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t474: array<f32>;
@group(0) @binding(4) var<storage, read_write> t469: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k78_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l464: f32 = t464[row * 64i + col];
    let v465: f32 = l464 * l464;
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
    let l464_1: f32 = t464[row * 64i + col_1];
    let v467: f32 = r0_0 * 0.015625f;
    let v468: f32 = v467 + 0.00001f;
    let v469: f32 = inverseSqrt(v468);
    let v471: f32 = l464_1 * v469;
    t471[row * 64i + col_1] = v471;
    let l473: f32 = p_mtp_blocks_3_mlp_norm_g[col_1];
    let v474: f32 = v471 * l473;
    t474[row * 64i + col_1] = v474;
  }
  if (lid == 0i) {
    let v467_1: f32 = r0_0 * 0.015625f;
    let v468_1: f32 = v467_1 + 0.00001f;
    let v469_1: f32 = inverseSqrt(v468_1);
    t469[row] = v469_1;
  }
}
