// kernel k1_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t22: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t33: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l22: f32 = t22[col];
    let v23: f32 = l22 * l22;
    acc0_0 += v23;
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
    let l22_1: f32 = t22[col_1];
    let v26: f32 = r0_0 * 0.015625f;
    let v28: f32 = v26 + 0.00001f;
    let v29: f32 = inverseSqrt(v28);
    let v31: f32 = l22_1 * v29;
    let l32: f32 = p_layers_0_attn_norm_g[col_1];
    let v33: f32 = v31 * l32;
    t33[col_1] = v33;
  }
}
