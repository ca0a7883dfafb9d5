// kernel k17_reduce (dsl-examples/spikegpt.loom:21:9)
@group(0) @binding(0) var<storage, read> t63: array<f32>;
@group(0) @binding(1) var<storage, read> t123: array<f32>;
@group(0) @binding(2) var<storage, read_write> t132: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t147: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k17_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l63: f32 = t63[col];
    let l128: f32 = t123[col];
    let v132: f32 = l63 + l128;
    t132[col] = v132;
    acc0_0 += v132;
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
    let l63_1: f32 = t63[col_1];
    let l128_1: f32 = t123[col_1];
    let v132_1: f32 = l63_1 + l128_1;
    let v134: f32 = r0_0 * 0.015625f;
    let v136: f32 = v132_1 - v134;
    let v137: f32 = v136 * v136;
    acc1_0 += v137;
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
    let l63_2: f32 = t63[col_2];
    let l128_2: f32 = t123[col_2];
    let v132_2: f32 = l63_2 + l128_2;
    let v134_1: f32 = r0_0 * 0.015625f;
    let v136_1: f32 = v132_2 - v134_1;
    let v139: f32 = r1_0 * 0.015625f;
    let v140: f32 = v139 + 0.00001f;
    let v141: f32 = inverseSqrt(v140);
    let v143: f32 = v136_1 * v141;
    let l144: f32 = p_blocks_0_ln2_g[col_2];
    let v145: f32 = v143 * l144;
    let l146: f32 = p_blocks_0_ln2_b[col_2];
    let v147: f32 = v145 + l146;
    t147[col_2] = v147;
  }
}
