// kernel k25_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t162: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t172: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l162: f32 = t162[row * 32i + col];
    let v163: f32 = l162 * l162;
    acc0_0 += v163;
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
    let l162_1: f32 = t162[row * 32i + col_1];
    let v165: f32 = r0_0 * 0.03125f;
    let v166: f32 = v165 + 0.00001f;
    let v167: f32 = inverseSqrt(v166);
    let v169: f32 = l162_1 * v167;
    let l171: f32 = p_layers_1_attn_q_norm_g[col_1];
    let v172: f32 = v169 * l171;
    t172[row * 32i + col_1] = v172;
  }
}
