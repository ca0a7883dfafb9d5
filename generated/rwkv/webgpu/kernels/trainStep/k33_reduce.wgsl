// kernel k33_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t222: array<f32>;
@group(0) @binding(1) var<storage, read_write> t226: array<f32>;
@group(0) @binding(2) var<storage, read_write> t233: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t239: array<f32>;
@group(0) @binding(6) var<storage, read_write> t231: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k33_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l222: f32 = t222[row * 64i + col];
    acc0_0 += l222;
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
    let l222_1: f32 = t222[row * 64i + col_1];
    let v224: f32 = r0_0 * 0.015625f;
    let v226: f32 = l222_1 - v224;
    let v227: f32 = v226 * v226;
    t226[row * 64i + col_1] = v226;
    acc1_0 += v227;
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
    let l222_2: f32 = t222[row * 64i + col_2];
    let v224_1: f32 = r0_0 * 0.015625f;
    let v226_1: f32 = l222_2 - v224_1;
    let v229: f32 = r1_0 * 0.015625f;
    let v230: f32 = v229 + 0.00001f;
    let v231: f32 = inverseSqrt(v230);
    let v233: f32 = v226_1 * v231;
    t233[row * 64i + col_2] = v233;
    let l235: f32 = p_blocks_1_ln2_g[col_2];
    let v236: f32 = v233 * l235;
    let l238: f32 = p_blocks_1_ln2_b[col_2];
    let v239: f32 = v236 + l238;
    t239[row * 64i + col_2] = v239;
  }
  if (lid == 0i) {
    let v229_1: f32 = r1_0 * 0.015625f;
    let v230_1: f32 = v229_1 + 0.00001f;
    let v231_1: f32 = inverseSqrt(v230_1);
    t231[row] = v231_1;
  }
}
