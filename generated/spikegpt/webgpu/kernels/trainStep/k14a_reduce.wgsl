// kernel k14a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> t72: array<f32>;
@group(0) @binding(2) var<storage, read_write> t140: array<f32>;
@group(0) @binding(3) var<storage, read_write> t144: array<f32>;
@group(0) @binding(4) var<storage, read_write> t151: array<f32>;
@group(0) @binding(5) var<storage, read_write> t136_rows: array<f32>;
@group(0) @binding(6) var<storage, read_write> t149: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k14a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l135: f32 = t132[row / 64i * 64i + row % 64i * 1024i + col];
    let l72: f32 = t72[row * 64i + col];
    let v140: f32 = l72 + l135;
    t140[row * 64i + col] = v140;
    acc0_0 += l135;
    acc0_1 += v140;
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
    let l72_1: f32 = t72[row * 64i + col_1];
    let l135_1: f32 = t132[row / 64i * 64i + row % 64i * 1024i + col_1];
    let v140_1: f32 = l72_1 + l135_1;
    let v142: f32 = r0_1 * 0.015625f;
    let v144: f32 = v140_1 - v142;
    let v145: f32 = v144 * v144;
    t144[row * 64i + col_1] = v144;
    acc1_0 += v145;
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
    let l72_2: f32 = t72[row * 64i + col_2];
    let l135_2: f32 = t132[row / 64i * 64i + row % 64i * 1024i + col_2];
    let v140_2: f32 = l72_2 + l135_2;
    let v142_1: f32 = r0_1 * 0.015625f;
    let v144_1: f32 = v140_2 - v142_1;
    let v147: f32 = r1_0 * 0.015625f;
    let v148: f32 = v147 + 0.00001f;
    let v149: f32 = inverseSqrt(v148);
    let v151: f32 = v144_1 * v149;
    t151[row * 64i + col_2] = v151;
  }
  if (lid == 0i) {
    t136_rows[row] = r0_0;
    let v147_1: f32 = r1_0 * 0.015625f;
    let v148_1: f32 = v147_1 + 0.00001f;
    let v149_1: f32 = inverseSqrt(v148_1);
    t149[row] = v149_1;
  }
}
