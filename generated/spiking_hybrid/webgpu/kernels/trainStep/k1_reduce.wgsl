// kernel k1_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t23: array<f32>;
@group(0) @binding(1) var<storage, read_write> t32: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_norm1_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t35: array<f32>;
@group(0) @binding(4) var<storage, read_write> t30: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l23: f32 = t23[row * 64i + col];
    let v24: f32 = l23 * l23;
    acc0_0 += v24;
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
    let l23_1: f32 = t23[row * 64i + col_1];
    let v27: f32 = r0_0 * 0.015625f;
    let v29: f32 = v27 + 0.00001f;
    let v30: f32 = inverseSqrt(v29);
    let v32: f32 = l23_1 * v30;
    t32[row * 64i + col_1] = v32;
    let l34: f32 = p_layers_0_norm1_g[col_1];
    let v35: f32 = v32 * l34;
    t35[row * 64i + col_1] = v35;
  }
  if (lid == 0i) {
    let v27_1: f32 = r0_0 * 0.015625f;
    let v29_1: f32 = v27_1 + 0.00001f;
    let v30_1: f32 = inverseSqrt(v29_1);
    t30[row] = v30_1;
  }
}
