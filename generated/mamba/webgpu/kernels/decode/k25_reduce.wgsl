// kernel k25_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t146: array<f32>;
@group(0) @binding(1) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t155: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l146: f32 = t146[col];
    let v147: f32 = l146 * l146;
    acc0_0 += v147;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l146_1: f32 = t146[col_1];
    let v149: f32 = r0_0 * 0.015625f;
    let v150: f32 = v149 + 0.00001f;
    let v151: f32 = inverseSqrt(v150);
    let v153: f32 = l146_1 * v151;
    let l154: f32 = p_norm_g[col_1];
    let v155: f32 = v153 * l154;
    t155[col_1] = v155;
  }
}
