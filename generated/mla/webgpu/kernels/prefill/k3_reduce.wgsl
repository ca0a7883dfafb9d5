// kernel k3_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t41: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t52: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k3_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l41: f32 = t41[row * 32i + col];
    let v42: f32 = l41 * l41;
    acc0_0 += v42;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 32i; col_1 += 32i) {
    let l41_1: f32 = t41[row * 32i + col_1];
    let v45: f32 = r0_0 * 0.03125f;
    let v46: f32 = v45 + 0.00001f;
    let v47: f32 = inverseSqrt(v46);
    let v49: f32 = l41_1 * v47;
    let l51: f32 = p_layers_0_attn_q_norm_g[col_1];
    let v52: f32 = v49 * l51;
    t52[row * 32i + col_1] = v52;
  }
}
