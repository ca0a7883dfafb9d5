// kernel k33_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t217: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t227: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k33_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l218: f32 = t217[col];
    let v219: f32 = l218 * l218;
    acc0_0 += v219;
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
    let l218_1: f32 = t217[col_1];
    let v221: f32 = r0_0 * 0.0625f;
    let v222: f32 = v221 + 0.00001f;
    let v223: f32 = inverseSqrt(v222);
    let v225: f32 = l218_1 * v223;
    let l226: f32 = p_layers_1_attn_kv_norm_g[col_1];
    let v227: f32 = v225 * l226;
    t227[col_1] = v227;
  }
}
