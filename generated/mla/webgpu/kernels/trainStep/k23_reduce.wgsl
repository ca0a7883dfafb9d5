// kernel k23_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t156: array<f32>;
@group(0) @binding(1) var<storage, read_write> t163: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t166: array<f32>;
@group(0) @binding(4) var<storage, read_write> t161: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l156: f32 = t156[row * 64i + col];
    let v157: f32 = l156 * l156;
    acc0_0 += v157;
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
    let l156_1: f32 = t156[row * 64i + col_1];
    let v159: f32 = r0_0 * 0.015625f;
    let v160: f32 = v159 + 0.00001f;
    let v161: f32 = inverseSqrt(v160);
    let v163: f32 = l156_1 * v161;
    t163[row * 64i + col_1] = v163;
    let l165: f32 = p_layers_1_attn_norm_g[col_1];
    let v166: f32 = v163 * l165;
    t166[row * 64i + col_1] = v166;
  }
  if (lid == 0i) {
    let v159_1: f32 = r0_0 * 0.015625f;
    let v160_1: f32 = v159_1 + 0.00001f;
    let v161_1: f32 = inverseSqrt(v160_1);
    t161[row] = v161_1;
  }
}
