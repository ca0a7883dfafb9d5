// kernel k52_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t295: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t312: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k52_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l295: f32 = t295[row * 64i + col];
    acc0_0 += l295;
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
    let l295_1: f32 = t295[row * 64i + col_1];
    let v297: f32 = r0_0 * 0.015625f;
    let v299: f32 = l295_1 - v297;
    let v300: f32 = v299 * v299;
    acc1_0 += v300;
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
    let l295_2: f32 = t295[row * 64i + col_2];
    let v297_1: f32 = r0_0 * 0.015625f;
    let v299_1: f32 = l295_2 - v297_1;
    let v302: f32 = r1_0 * 0.015625f;
    let v303: f32 = v302 + 0.00001f;
    let v304: f32 = inverseSqrt(v303);
    let v306: f32 = v299_1 * v304;
    let l308: f32 = p_ln_out_g[col_2];
    let v309: f32 = v306 * l308;
    let l311: f32 = p_ln_out_b[col_2];
    let v312: f32 = v309 + l311;
    t312[row * 64i + col_2] = v312;
  }
}
