// kernel k65_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t400: array<f32>;
@group(0) @binding(1) var<storage, read_write> t407: array<f32>;
@group(0) @binding(2) var<storage, read> p_mtp_blocks_2_mlp_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t410: array<f32>;
@group(0) @binding(4) var<storage, read_write> t405: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k65_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l400: f32 = t400[row * 64i + col];
    let v401: f32 = l400 * l400;
    acc0_0 += v401;
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
    let l400_1: f32 = t400[row * 64i + col_1];
    let v403: f32 = r0_0 * 0.015625f;
    let v404: f32 = v403 + 0.00001f;
    let v405: f32 = inverseSqrt(v404);
    let v407: f32 = l400_1 * v405;
    t407[row * 64i + col_1] = v407;
    let l409: f32 = p_mtp_blocks_2_mlp_norm_g[col_1];
    let v410: f32 = v407 * l409;
    t410[row * 64i + col_1] = v410;
  }
  if (lid == 0i) {
    let v403_1: f32 = r0_0 * 0.015625f;
    let v404_1: f32 = v403_1 + 0.00001f;
    let v405_1: f32 = inverseSqrt(v404_1);
    t405[row] = v405_1;
  }
}
