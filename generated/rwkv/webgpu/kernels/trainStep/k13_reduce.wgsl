// kernel k13_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t123: array<f32>;
@group(0) @binding(1) var<storage, read_write> t127: array<f32>;
@group(0) @binding(2) var<storage, read_write> t134: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t140: array<f32>;
@group(0) @binding(6) var<storage, read_write> t132: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k13_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l123: f32 = t123[row * 64i + col];
    acc0_0 += l123;
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
    let l123_1: f32 = t123[row * 64i + col_1];
    let v125: f32 = r0_0 * 0.015625f;
    let v127: f32 = l123_1 - v125;
    let v128: f32 = v127 * v127;
    t127[row * 64i + col_1] = v127;
    acc1_0 += v128;
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
    let l123_2: f32 = t123[row * 64i + col_2];
    let v125_1: f32 = r0_0 * 0.015625f;
    let v127_1: f32 = l123_2 - v125_1;
    let v130: f32 = r1_0 * 0.015625f;
    let v131: f32 = v130 + 0.00001f;
    let v132: f32 = inverseSqrt(v131);
    let v134: f32 = v127_1 * v132;
    t134[row * 64i + col_2] = v134;
    let l136: f32 = p_blocks_0_ln2_g[col_2];
    let v137: f32 = v134 * l136;
    let l139: f32 = p_blocks_0_ln2_b[col_2];
    let v140: f32 = v137 + l139;
    t140[row * 64i + col_2] = v140;
  }
  if (lid == 0i) {
    let v130_1: f32 = r1_0 * 0.015625f;
    let v131_1: f32 = v130_1 + 0.00001f;
    let v132_1: f32 = inverseSqrt(v131_1);
    t132[row] = v132_1;
  }
}
