// kernel k39_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read_write> t248: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t251: array<f32>;
@group(0) @binding(4) var<storage, read_write> t246: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k39_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l241: f32 = t241[row * 64i + col];
    let v242: f32 = l241 * l241;
    acc0_0 += v242;
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
    let l241_1: f32 = t241[row * 64i + col_1];
    let v244: f32 = r0_0 * 0.015625f;
    let v245: f32 = v244 + 0.00001f;
    let v246: f32 = inverseSqrt(v245);
    let v248: f32 = l241_1 * v246;
    t248[row * 64i + col_1] = v248;
    let l250: f32 = p_layers_1_moe_norm_g[col_1];
    let v251: f32 = v248 * l250;
    t251[row * 64i + col_1] = v251;
  }
  if (lid == 0i) {
    let v244_1: f32 = r0_0 * 0.015625f;
    let v245_1: f32 = v244_1 + 0.00001f;
    let v246_1: f32 = inverseSqrt(v245_1);
    t246[row] = v246_1;
  }
}
