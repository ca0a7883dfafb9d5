// kernel k1_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t33: array<f32>;
@group(0) @binding(1) var<storage, read_write> t42: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t45: array<f32>;
@group(0) @binding(4) var<storage, read_write> t40: array<f32>;
@group(0) @binding(5) var<storage, read_write> t848: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l33: f32 = t33[row * 64i + col];
    let v34: f32 = l33 * l33;
    acc0_0 += v34;
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
    let l33_1: f32 = t33[row * 64i + col_1];
    let v37: f32 = r0_0 * 0.015625f;
    let v39: f32 = v37 + 0.00001f;
    let v40: f32 = inverseSqrt(v39);
    let v42: f32 = l33_1 * v40;
    t42[row * 64i + col_1] = v42;
    let l44: f32 = p_layers_0_attn_norm_g[col_1];
    let v45: f32 = v42 * l44;
    t45[row * 64i + col_1] = v45;
  }
  if (lid == 0i) {
    let v37_1: f32 = r0_0 * 0.015625f;
    let v39_1: f32 = v37_1 + 0.00001f;
    let v40_1: f32 = inverseSqrt(v39_1);
    t40[row] = v40_1;
    let v846: f32 = v40_1 * v40_1;
    let v847: f32 = v40_1 * v846;
    let v848: f32 = v847 * -0.5f;
    t848[row] = v848;
  }
}
