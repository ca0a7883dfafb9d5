// kernel k42_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t257: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t274: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k42_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l257: f32 = t257[row * 64i + col];
    acc0_0 += l257;
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
    let l257_1: f32 = t257[row * 64i + col_1];
    let v259: f32 = r0_0 * 0.015625f;
    let v261: f32 = l257_1 - v259;
    let v262: f32 = v261 * v261;
    acc1_0 += v262;
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
    let l257_2: f32 = t257[row * 64i + col_2];
    let v259_1: f32 = r0_0 * 0.015625f;
    let v261_1: f32 = l257_2 - v259_1;
    let v264: f32 = r1_0 * 0.015625f;
    let v265: f32 = v264 + 0.00001f;
    let v266: f32 = inverseSqrt(v265);
    let v268: f32 = v261_1 * v266;
    let l270: f32 = p_blocks_1_ln2_g[col_2];
    let v271: f32 = v268 * l270;
    let l273: f32 = p_blocks_1_ln2_b[col_2];
    let v274: f32 = v271 + l273;
    t274[row * 64i + col_2] = v274;
  }
}
