// kernel k11_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t118: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t135: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k11_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l118: f32 = t118[row * 64i + col];
    acc0_0 += l118;
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
    let l118_1: f32 = t118[row * 64i + col_1];
    let v120: f32 = r0_0 * 0.015625f;
    let v122: f32 = l118_1 - v120;
    let v123: f32 = v122 * v122;
    acc1_0 += v123;
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
    let l118_2: f32 = t118[row * 64i + col_2];
    let v120_1: f32 = r0_0 * 0.015625f;
    let v122_1: f32 = l118_2 - v120_1;
    let v125: f32 = r1_0 * 0.015625f;
    let v126: f32 = v125 + 0.00001f;
    let v127: f32 = inverseSqrt(v126);
    let v129: f32 = v122_1 * v127;
    let l131: f32 = p_blocks_1_ln1_g[col_2];
    let v132: f32 = v129 * l131;
    let l134: f32 = p_blocks_1_ln1_b[col_2];
    let v135: f32 = v132 + l134;
    t135[row * 64i + col_2] = v135;
  }
}
