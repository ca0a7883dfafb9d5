// kernel k52_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t336: array<f32>;
@group(0) @binding(1) var<storage, read_write> t343: array<f32>;
@group(0) @binding(2) var<storage, read> p_mtp_blocks_1_mlp_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t346: array<f32>;
@group(0) @binding(4) var<storage, read_write> t341: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k52_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l336: f32 = t336[row * 64i + col];
    let v337: f32 = l336 * l336;
    acc0_0 += v337;
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
    let l336_1: f32 = t336[row * 64i + col_1];
    let v339: f32 = r0_0 * 0.015625f;
    let v340: f32 = v339 + 0.00001f;
    let v341: f32 = inverseSqrt(v340);
    let v343: f32 = l336_1 * v341;
    t343[row * 64i + col_1] = v343;
    let l345: f32 = p_mtp_blocks_1_mlp_norm_g[col_1];
    let v346: f32 = v343 * l345;
    t346[row * 64i + col_1] = v346;
  }
  if (lid == 0i) {
    let v339_1: f32 = r0_0 * 0.015625f;
    let v340_1: f32 = v339_1 + 0.00001f;
    let v341_1: f32 = inverseSqrt(v340_1);
    t341[row] = v341_1;
  }
}
