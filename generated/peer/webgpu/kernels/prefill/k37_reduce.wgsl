// kernel k37_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t207: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t224: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k37_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l207: f32 = t207[row * 64i + col];
    acc0_0 += l207;
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
    let l207_1: f32 = t207[row * 64i + col_1];
    let v209: f32 = r0_0 * 0.015625f;
    let v211: f32 = l207_1 - v209;
    let v212: f32 = v211 * v211;
    acc1_0 += v212;
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
    let l207_2: f32 = t207[row * 64i + col_2];
    let v209_1: f32 = r0_0 * 0.015625f;
    let v211_1: f32 = l207_2 - v209_1;
    let v214: f32 = r1_0 * 0.015625f;
    let v215: f32 = v214 + 0.00001f;
    let v216: f32 = inverseSqrt(v215);
    let v218: f32 = v211_1 * v216;
    let l220: f32 = p_blocks_1_ln2_g[col_2];
    let v221: f32 = v218 * l220;
    let l223: f32 = p_blocks_1_ln2_b[col_2];
    let v224: f32 = v221 + l223;
    t224[row * 64i + col_2] = v224;
  }
}
