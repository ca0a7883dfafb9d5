// kernel k32_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t199: array<f32>;
@group(0) @binding(1) var<storage, read_write> t207: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t210: array<f32>;
@group(0) @binding(4) var<storage, read_write> t205: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k32_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l200: f32 = t199[row * 24i + col];
    let v201: f32 = l200 * l200;
    acc0_0 += v201;
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
    let l200_1: f32 = t199[row * 24i + col_1];
    let v203: f32 = r0_0 * 0.0625f;
    let v204: f32 = v203 + 0.00001f;
    let v205: f32 = inverseSqrt(v204);
    let v207: f32 = l200_1 * v205;
    t207[row * 16i + col_1] = v207;
    let l209: f32 = p_layers_1_attn_kv_norm_g[col_1];
    let v210: f32 = v207 * l209;
    t210[row * 16i + col_1] = v210;
  }
  if (lid == 0i) {
    let v203_1: f32 = r0_0 * 0.0625f;
    let v204_1: f32 = v203_1 + 0.00001f;
    let v205_1: f32 = inverseSqrt(v204_1);
    t205[row] = v205_1;
  }
}
