// kernel k20_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t163: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t180: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k20_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l163: f32 = t163[row * 64i + col];
    acc0_0 += l163;
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
    let l163_1: f32 = t163[row * 64i + col_1];
    let v165: f32 = r0_0 * 0.015625f;
    let v167: f32 = l163_1 - v165;
    let v168: f32 = v167 * v167;
    acc1_0 += v168;
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
    let l163_2: f32 = t163[row * 64i + col_2];
    let v165_1: f32 = r0_0 * 0.015625f;
    let v167_1: f32 = l163_2 - v165_1;
    let v170: f32 = r1_0 * 0.015625f;
    let v171: f32 = v170 + 0.00001f;
    let v172: f32 = inverseSqrt(v171);
    let v174: f32 = v167_1 * v172;
    let l176: f32 = p_blocks_1_ln2_g[col_2];
    let v177: f32 = v174 * l176;
    let l179: f32 = p_blocks_1_ln2_b[col_2];
    let v180: f32 = v177 + l179;
    t180[row * 64i + col_2] = v180;
  }
}
