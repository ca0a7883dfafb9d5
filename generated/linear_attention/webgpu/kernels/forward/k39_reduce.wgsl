// kernel k39_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t239: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t256: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k39_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l239: f32 = t239[row * 64i + col];
    acc0_0 += l239;
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
    let l239_1: f32 = t239[row * 64i + col_1];
    let v241: f32 = r0_0 * 0.015625f;
    let v243: f32 = l239_1 - v241;
    let v244: f32 = v243 * v243;
    acc1_0 += v244;
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
    let l239_2: f32 = t239[row * 64i + col_2];
    let v241_1: f32 = r0_0 * 0.015625f;
    let v243_1: f32 = l239_2 - v241_1;
    let v246: f32 = r1_0 * 0.015625f;
    let v247: f32 = v246 + 0.00001f;
    let v248: f32 = inverseSqrt(v247);
    let v250: f32 = v243_1 * v248;
    let l252: f32 = p_ln_f_g[col_2];
    let v253: f32 = v250 * l252;
    let l255: f32 = p_ln_f_b[col_2];
    let v256: f32 = v253 + l255;
    t256[row * 64i + col_2] = v256;
  }
}
