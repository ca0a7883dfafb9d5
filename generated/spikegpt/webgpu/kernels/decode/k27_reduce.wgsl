// kernel k27_reduce (dsl-examples/spikegpt.loom:22:12)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> t173: array<f32>;
@group(0) @binding(2) var<storage, read_write> t182: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t197: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k27_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l132: f32 = t132[col];
    let l178: f32 = t173[col];
    let v182: f32 = l132 + l178;
    t182[col] = v182;
    acc0_0 += v182;
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
    let l132_1: f32 = t132[col_1];
    let l178_1: f32 = t173[col_1];
    let v182_1: f32 = l132_1 + l178_1;
    let v184: f32 = r0_0 * 0.015625f;
    let v186: f32 = v182_1 - v184;
    let v187: f32 = v186 * v186;
    acc1_0 += v187;
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
    let l132_2: f32 = t132[col_2];
    let l178_2: f32 = t173[col_2];
    let v182_2: f32 = l132_2 + l178_2;
    let v184_1: f32 = r0_0 * 0.015625f;
    let v186_1: f32 = v182_2 - v184_1;
    let v189: f32 = r1_0 * 0.015625f;
    let v190: f32 = v189 + 0.00001f;
    let v191: f32 = inverseSqrt(v190);
    let v193: f32 = v186_1 * v191;
    let l194: f32 = p_blocks_1_ln1_g[col_2];
    let v195: f32 = v193 * l194;
    let l196: f32 = p_blocks_1_ln1_b[col_2];
    let v197: f32 = v195 + l196;
    t197[col_2] = v197;
  }
}
