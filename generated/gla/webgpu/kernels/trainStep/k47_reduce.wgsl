// kernel k47_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t256: array<f32>;
@group(0) @binding(1) var<storage, read_write> t263: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t266: array<f32>;
@group(0) @binding(4) var<storage, read_write> t261: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k47_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l256: f32 = t256[row * 64i + col];
    let v257: f32 = l256 * l256;
    acc0_0 += v257;
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
    let l256_1: f32 = t256[row * 64i + col_1];
    let v259: f32 = r0_0 * 0.015625f;
    let v260: f32 = v259 + 0.00001f;
    let v261: f32 = inverseSqrt(v260);
    let v263: f32 = l256_1 * v261;
    t263[row * 64i + col_1] = v263;
    let l265: f32 = p_layers_1_mlp_norm_g[col_1];
    let v266: f32 = v263 * l265;
    t266[row * 64i + col_1] = v266;
  }
  if (lid == 0i) {
    let v259_1: f32 = r0_0 * 0.015625f;
    let v260_1: f32 = v259_1 + 0.00001f;
    let v261_1: f32 = inverseSqrt(v260_1);
    t261[row] = v261_1;
  }
}
