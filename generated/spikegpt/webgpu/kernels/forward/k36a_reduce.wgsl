// kernel k36a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t238: array<f32>;
@group(0) @binding(1) var<storage, read> t183: array<f32>;
@group(0) @binding(2) var<storage, read_write> t245: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t262: array<f32>;
@group(0) @binding(6) var<storage, read_write> t242_rows: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k36a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l241: f32 = t238[row * 64i + col];
    let l183: f32 = t183[row * 64i + col];
    let v245: f32 = l183 + l241;
    t245[row * 64i + col] = v245;
    acc0_0 += l241;
    acc0_1 += v245;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l183_1: f32 = t183[row * 64i + col_1];
    let l241_1: f32 = t238[row * 64i + col_1];
    let v245_1: f32 = l183_1 + l241_1;
    let v247: f32 = r0_1 * 0.015625f;
    let v249: f32 = v245_1 - v247;
    let v250: f32 = v249 * v249;
    acc1_0 += v250;
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
    let l183_2: f32 = t183[row * 64i + col_2];
    let l241_2: f32 = t238[row * 64i + col_2];
    let v245_2: f32 = l183_2 + l241_2;
    let v247_1: f32 = r0_1 * 0.015625f;
    let v249_1: f32 = v245_2 - v247_1;
    let v252: f32 = r1_0 * 0.015625f;
    let v253: f32 = v252 + 0.00001f;
    let v254: f32 = inverseSqrt(v253);
    let v256: f32 = v249_1 * v254;
    let l258: f32 = p_blocks_1_ln2_g[col_2];
    let v259: f32 = v256 * l258;
    let l261: f32 = p_blocks_1_ln2_b[col_2];
    let v262: f32 = v259 + l261;
    t262[row * 64i + col_2] = v262;
  }
  if (lid == 0i) {
    t242_rows[row] = r0_0;
  }
}
