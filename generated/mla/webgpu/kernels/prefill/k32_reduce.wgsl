// kernel k32_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t194: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t205: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k32_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l195: f32 = t194[row * 24i + col];
    let v196: f32 = l195 * l195;
    acc0_0 += v196;
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
    let l195_1: f32 = t194[row * 24i + col_1];
    let v198: f32 = r0_0 * 0.0625f;
    let v199: f32 = v198 + 0.00001f;
    let v200: f32 = inverseSqrt(v199);
    let v202: f32 = l195_1 * v200;
    let l204: f32 = p_layers_1_attn_kv_norm_g[col_1];
    let v205: f32 = v202 * l204;
    t205[row * 16i + col_1] = v205;
  }
}
