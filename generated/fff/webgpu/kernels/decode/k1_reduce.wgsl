// kernel k1_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t37: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t54: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l37: f32 = t37[col];
    acc0_0 += l37;
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
    let l37_1: f32 = t37[col_1];
    let v40: f32 = r0_0 * 0.015625f;
    let v42: f32 = l37_1 - v40;
    let v43: f32 = v42 * v42;
    acc1_0 += v43;
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
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l37_2: f32 = t37[col_2];
    let v40_1: f32 = r0_0 * 0.015625f;
    let v42_1: f32 = l37_2 - v40_1;
    let v45: f32 = r1_0 * 0.015625f;
    let v47: f32 = v45 + 0.00001f;
    let v48: f32 = inverseSqrt(v47);
    let v50: f32 = v42_1 * v48;
    let l51: f32 = p_blocks_0_ln1_g[col_2];
    let v52: f32 = v50 * l51;
    let l53: f32 = p_blocks_0_ln1_b[col_2];
    let v54: f32 = v52 + l53;
    t54[col_2] = v54;
  }
}
