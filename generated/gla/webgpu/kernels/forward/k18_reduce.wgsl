// kernel k18_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t126: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read_write> t139: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k18_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l127: f32 = t126[row * 16i + col];
    let v128: f32 = l127 * l127;
    acc0_0 += v128;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l127_1: f32 = t126[row * 16i + col_1];
    let v131: f32 = r0_0 * 0.0625f;
    let v133: f32 = v131 + 0.00001f;
    let v134: f32 = inverseSqrt(v133);
    let v136: f32 = l127_1 * v134;
    let l138: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v139: f32 = v136 * l138;
    t139[row * 16i + col_1] = v139;
  }
}
