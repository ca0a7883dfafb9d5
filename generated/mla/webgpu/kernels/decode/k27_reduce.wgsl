// kernel k27_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t186: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t195: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k27_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l186: f32 = t186[col];
    let v187: f32 = l186 * l186;
    acc0_0 += v187;
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
    let l186_1: f32 = t186[col_1];
    let v189: f32 = r0_0 * 0.03125f;
    let v190: f32 = v189 + 0.00001f;
    let v191: f32 = inverseSqrt(v190);
    let v193: f32 = l186_1 * v191;
    let l194: f32 = p_layers_1_attn_q_norm_g[col_1];
    let v195: f32 = v193 * l194;
    t195[col_1] = v195;
  }
}
