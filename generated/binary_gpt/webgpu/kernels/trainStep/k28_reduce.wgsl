// kernel k28_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read_write> t196: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t199: array<f32>;
@group(0) @binding(4) var<storage, read_write> t194: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k28_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l189: f32 = t189[row * 64i + col];
    let v190: f32 = l189 * l189;
    acc0_0 += v190;
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
    let l189_1: f32 = t189[row * 64i + col_1];
    let v192: f32 = r0_0 * 0.015625f;
    let v193: f32 = v192 + 0.00001f;
    let v194: f32 = inverseSqrt(v193);
    let v196: f32 = l189_1 * v194;
    t196[row * 64i + col_1] = v196;
    let l198: f32 = p_blocks_1_ln2_g[col_1];
    let v199: f32 = v196 * l198;
    t199[row * 64i + col_1] = v199;
  }
  if (lid == 0i) {
    let v192_1: f32 = r0_0 * 0.015625f;
    let v193_1: f32 = v192_1 + 0.00001f;
    let v194_1: f32 = inverseSqrt(v193_1);
    t194[row] = v194_1;
  }
}
