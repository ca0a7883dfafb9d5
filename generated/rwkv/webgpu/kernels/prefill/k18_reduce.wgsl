// kernel k18_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t138: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t155: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k18_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l138: f32 = t138[row * 64i + col];
    acc0_0 += l138;
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
    let l138_1: f32 = t138[row * 64i + col_1];
    let v140: f32 = r0_0 * 0.015625f;
    let v142: f32 = l138_1 - v140;
    let v143: f32 = v142 * v142;
    acc1_0 += v143;
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
    let l138_2: f32 = t138[row * 64i + col_2];
    let v140_1: f32 = r0_0 * 0.015625f;
    let v142_1: f32 = l138_2 - v140_1;
    let v145: f32 = r1_0 * 0.015625f;
    let v146: f32 = v145 + 0.00001f;
    let v147: f32 = inverseSqrt(v146);
    let v149: f32 = v142_1 * v147;
    let l151: f32 = p_blocks_0_ln2_g[col_2];
    let v152: f32 = v149 * l151;
    let l154: f32 = p_blocks_0_ln2_b[col_2];
    let v155: f32 = v152 + l154;
    t155[row * 64i + col_2] = v155;
  }
}
