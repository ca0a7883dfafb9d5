// kernel k15_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read_write> t120: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t123: array<f32>;
@group(0) @binding(4) var<storage, read_write> t118: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k15_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l113: f32 = t113[row * 64i + col];
    let v114: f32 = l113 * l113;
    acc0_0 += v114;
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
    let l113_1: f32 = t113[row * 64i + col_1];
    let v116: f32 = r0_0 * 0.015625f;
    let v117: f32 = v116 + 0.00001f;
    let v118: f32 = inverseSqrt(v117);
    let v120: f32 = l113_1 * v118;
    t120[row * 64i + col_1] = v120;
    let l122: f32 = p_layers_1_attn_norm_g[col_1];
    let v123: f32 = v120 * l122;
    t123[row * 64i + col_1] = v123;
  }
  if (lid == 0i) {
    let v116_1: f32 = r0_0 * 0.015625f;
    let v117_1: f32 = v116_1 + 0.00001f;
    let v118_1: f32 = inverseSqrt(v117_1);
    t118[row] = v118_1;
  }
}
