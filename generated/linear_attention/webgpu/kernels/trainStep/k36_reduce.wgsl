// kernel k36_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t210: array<f32>;
@group(0) @binding(1) var<storage, read_write> t214: array<f32>;
@group(0) @binding(2) var<storage, read_write> t221: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t227: array<f32>;
@group(0) @binding(6) var<storage, read_write> t219: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k36_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l210: f32 = t210[row * 64i + col];
    acc0_0 += l210;
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
    let l210_1: f32 = t210[row * 64i + col_1];
    let v212: f32 = r0_0 * 0.015625f;
    let v214: f32 = l210_1 - v212;
    let v215: f32 = v214 * v214;
    t214[row * 64i + col_1] = v214;
    acc1_0 += v215;
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
    let l210_2: f32 = t210[row * 64i + col_2];
    let v212_1: f32 = r0_0 * 0.015625f;
    let v214_1: f32 = l210_2 - v212_1;
    let v217: f32 = r1_0 * 0.015625f;
    let v218: f32 = v217 + 0.00001f;
    let v219: f32 = inverseSqrt(v218);
    let v221: f32 = v214_1 * v219;
    t221[row * 64i + col_2] = v221;
    let l223: f32 = p_blocks_1_ln2_g[col_2];
    let v224: f32 = v221 * l223;
    let l226: f32 = p_blocks_1_ln2_b[col_2];
    let v227: f32 = v224 + l226;
    t227[row * 64i + col_2] = v227;
  }
  if (lid == 0i) {
    let v217_1: f32 = r1_0 * 0.015625f;
    let v218_1: f32 = v217_1 + 0.00001f;
    let v219_1: f32 = inverseSqrt(v218_1);
    t219[row] = v219_1;
  }
}
