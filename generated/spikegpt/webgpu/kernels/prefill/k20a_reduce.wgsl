// kernel k20a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t142: array<f32>;
@group(0) @binding(1) var<storage, read> t65: array<f32>;
@group(0) @binding(2) var<storage, read_write> t152: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t169: array<f32>;
@group(0) @binding(6) var<storage, read_write> t148_rows: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k20a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l147: f32 = t142[row * 64i + col];
    let l65: f32 = t65[row * 64i + col];
    let v152: f32 = l65 + l147;
    t152[row * 64i + col] = v152;
    acc0_0 += l147;
    acc0_1 += v152;
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
    let l65_1: f32 = t65[row * 64i + col_1];
    let l147_1: f32 = t142[row * 64i + col_1];
    let v152_1: f32 = l65_1 + l147_1;
    let v154: f32 = r0_1 * 0.015625f;
    let v156: f32 = v152_1 - v154;
    let v157: f32 = v156 * v156;
    acc1_0 += v157;
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
    let l65_2: f32 = t65[row * 64i + col_2];
    let l147_2: f32 = t142[row * 64i + col_2];
    let v152_2: f32 = l65_2 + l147_2;
    let v154_1: f32 = r0_1 * 0.015625f;
    let v156_1: f32 = v152_2 - v154_1;
    let v159: f32 = r1_0 * 0.015625f;
    let v160: f32 = v159 + 0.00001f;
    let v161: f32 = inverseSqrt(v160);
    let v163: f32 = v156_1 * v161;
    let l165: f32 = p_blocks_0_ln2_g[col_2];
    let v166: f32 = v163 * l165;
    let l168: f32 = p_blocks_0_ln2_b[col_2];
    let v169: f32 = v166 + l168;
    t169[row * 64i + col_2] = v169;
  }
  if (lid == 0i) {
    t148_rows[row] = r0_0;
  }
}
