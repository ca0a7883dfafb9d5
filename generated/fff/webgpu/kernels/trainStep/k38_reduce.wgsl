// kernel k38_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t255: array<f32>;
@group(0) @binding(1) var<storage, read_write> t259: array<f32>;
@group(0) @binding(2) var<storage, read_write> t266: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t272: array<f32>;
@group(0) @binding(6) var<storage, read_write> t264: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k38_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l255: f32 = t255[row * 64i + col];
    acc0_0 += l255;
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
    let l255_1: f32 = t255[row * 64i + col_1];
    let v257: f32 = r0_0 * 0.015625f;
    let v259: f32 = l255_1 - v257;
    let v260: f32 = v259 * v259;
    t259[row * 64i + col_1] = v259;
    acc1_0 += v260;
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
    let l255_2: f32 = t255[row * 64i + col_2];
    let v257_1: f32 = r0_0 * 0.015625f;
    let v259_1: f32 = l255_2 - v257_1;
    let v262: f32 = r1_0 * 0.015625f;
    let v263: f32 = v262 + 0.00001f;
    let v264: f32 = inverseSqrt(v263);
    let v266: f32 = v259_1 * v264;
    t266[row * 64i + col_2] = v266;
    let l268: f32 = p_blocks_1_ln2_g[col_2];
    let v269: f32 = v266 * l268;
    let l271: f32 = p_blocks_1_ln2_b[col_2];
    let v272: f32 = v269 + l271;
    t272[row * 64i + col_2] = v272;
  }
  if (lid == 0i) {
    let v262_1: f32 = r1_0 * 0.015625f;
    let v263_1: f32 = v262_1 + 0.00001f;
    let v264_1: f32 = inverseSqrt(v263_1);
    t264[row] = v264_1;
  }
}
