// kernel k7a_reduce
@group(0) @binding(0) var<storage, read> t57: array<f32>;
@group(0) @binding(1) var<storage, read> t60: array<f32>;
@group(0) @binding(2) var<storage, read> t41: array<f32>;
@group(0) @binding(3) var<storage, read_write> t63: array<f32>;
@group(0) @binding(4) var<storage, read_write> t64: array<f32>;
@group(0) @binding(5) var<storage, read_write> t154: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k7a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l57: f32 = t57[row + col * 256i];
    let l61: f32 = t60[col];
    let l41: f32 = t41[row + col * 256i];
    let v62: f32 = l61 * l41;
    let v63: f32 = l57 + v62;
    acc0_0 += v63;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  for (var col_1: i32 = lid; col_1 < 256i; col_1 += 256i) {
    let l57_1: f32 = t57[row + col_1 * 256i];
    let l61_1: f32 = t60[col_1];
    let l41_1: f32 = t41[row + col_1 * 256i];
    let v62_1: f32 = l61_1 * l41_1;
    let v63_1: f32 = l57_1 + v62_1;
    t63[row + col_1 * 256i] = v63_1;
  }
  if (lid == 0i) {
    t64[row] = r0_0;
    let v154: f32 = r0_0 * r0_0;
    t154[row] = v154;
  }
}
