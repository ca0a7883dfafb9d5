// kernel k11_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t89: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_kv_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t100: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k11_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l90: f32 = t89[col];
    let v91: f32 = l90 * l90;
    acc0_0 += v91;
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
    let l90_1: f32 = t89[col_1];
    let v94: f32 = r0_0 * 0.0625f;
    let v95: f32 = v94 + 0.00001f;
    let v96: f32 = inverseSqrt(v95);
    let v98: f32 = l90_1 * v96;
    let l99: f32 = p_layers_0_attn_kv_norm_g[col_1];
    let v100: f32 = v98 * l99;
    t100[col_1] = v100;
  }
}
