// kernel k12_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t139: array<f32>;
@group(0) @binding(1) var<storage, read_write> t143: array<f32>;
@group(0) @binding(2) var<storage, read_write> t150: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t156: array<f32>;
@group(0) @binding(6) var<storage, read_write> t148: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k12_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l139: f32 = t139[row * 64i + col];
    acc0_0 += l139;
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
    let l139_1: f32 = t139[row * 64i + col_1];
    let v141: f32 = r0_0 * 0.015625f;
    let v143: f32 = l139_1 - v141;
    let v144: f32 = v143 * v143;
    acc1_0 += v144;
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
    let l139_2: f32 = t139[row * 64i + col_2];
    let v141_1: f32 = r0_0 * 0.015625f;
    let v143_1: f32 = l139_2 - v141_1;
    t143[row * 64i + col_2] = v143_1;
    let v146: f32 = r1_0 * 0.015625f;
    let v147: f32 = v146 + 0.00001f;
    let v148: f32 = inverseSqrt(v147);
    let v150: f32 = v143_1 * v148;
    t150[row * 64i + col_2] = v150;
    let l152: f32 = p_blocks_1_ln1_g[col_2];
    let v153: f32 = v150 * l152;
    let l155: f32 = p_blocks_1_ln1_b[col_2];
    let v156: f32 = v153 + l155;
    t156[row * 64i + col_2] = v156;
  }
  if (lid == 0i) {
    let v146_1: f32 = r1_0 * 0.015625f;
    let v147_1: f32 = v146_1 + 0.00001f;
    let v148_1: f32 = inverseSqrt(v147_1);
    t148[row] = v148_1;
  }
}
