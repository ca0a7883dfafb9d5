// kernel k8_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t86: array<f32>;
@group(0) @binding(1) var<storage, read_write> t90: array<f32>;
@group(0) @binding(2) var<storage, read_write> t97: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t103: array<f32>;
@group(0) @binding(6) var<storage, read_write> t95: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k8_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l86: f32 = t86[row * 64i + col];
    acc0_0 += l86;
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
    let l86_1: f32 = t86[row * 64i + col_1];
    let v88: f32 = r0_0 * 0.015625f;
    let v90: f32 = l86_1 - v88;
    let v91: f32 = v90 * v90;
    acc1_0 += v91;
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
    let l86_2: f32 = t86[row * 64i + col_2];
    let v88_1: f32 = r0_0 * 0.015625f;
    let v90_1: f32 = l86_2 - v88_1;
    t90[row * 64i + col_2] = v90_1;
    let v93: f32 = r1_0 * 0.015625f;
    let v94: f32 = v93 + 0.00001f;
    let v95: f32 = inverseSqrt(v94);
    let v97: f32 = v90_1 * v95;
    t97[row * 64i + col_2] = v97;
    let l99: f32 = p_blocks_0_ln2_g[col_2];
    let v100: f32 = v97 * l99;
    let l102: f32 = p_blocks_0_ln2_b[col_2];
    let v103: f32 = v100 + l102;
    t103[row * 64i + col_2] = v103;
  }
  if (lid == 0i) {
    let v93_1: f32 = r1_0 * 0.015625f;
    let v94_1: f32 = v93_1 + 0.00001f;
    let v95_1: f32 = inverseSqrt(v94_1);
    t95[row] = v95_1;
  }
}
