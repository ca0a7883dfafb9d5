// kernel k23a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t184: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read_write> t191: array<f32>;
@group(0) @binding(3) var<storage, read_write> t195: array<f32>;
@group(0) @binding(4) var<storage, read_write> t202: array<f32>;
@group(0) @binding(5) var<storage, read_write> t188_rows: array<f32>;
@group(0) @binding(6) var<storage, read_write> t200: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k23a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l187: f32 = t184[row / 64i * 64i + row % 64i * 1024i + col];
    let l140: f32 = t140[row * 64i + col];
    let v191: f32 = l140 + l187;
    t191[row * 64i + col] = v191;
    acc0_0 += l187;
    acc0_1 += v191;
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
    let l140_1: f32 = t140[row * 64i + col_1];
    let l187_1: f32 = t184[row / 64i * 64i + row % 64i * 1024i + col_1];
    let v191_1: f32 = l140_1 + l187_1;
    let v193: f32 = r0_1 * 0.015625f;
    let v195: f32 = v191_1 - v193;
    let v196: f32 = v195 * v195;
    t195[row * 64i + col_1] = v195;
    acc1_0 += v196;
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
    let l140_2: f32 = t140[row * 64i + col_2];
    let l187_2: f32 = t184[row / 64i * 64i + row % 64i * 1024i + col_2];
    let v191_2: f32 = l140_2 + l187_2;
    let v193_1: f32 = r0_1 * 0.015625f;
    let v195_1: f32 = v191_2 - v193_1;
    let v198: f32 = r1_0 * 0.015625f;
    let v199: f32 = v198 + 0.00001f;
    let v200: f32 = inverseSqrt(v199);
    let v202: f32 = v195_1 * v200;
    t202[row * 64i + col_2] = v202;
  }
  if (lid == 0i) {
    t188_rows[row] = r0_0;
    let v198_1: f32 = r1_0 * 0.015625f;
    let v199_1: f32 = v198_1 + 0.00001f;
    let v200_1: f32 = inverseSqrt(v199_1);
    t200[row] = v200_1;
  }
}
