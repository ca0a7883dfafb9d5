// kernel k18_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t127: array<f32>;
@group(0) @binding(1) var<storage, read_write> t137: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> t140: array<f32>;
@group(0) @binding(4) var<storage, read_write> t135: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k18_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l128: f32 = t127[row * 16i + col];
    let v129: f32 = l128 * l128;
    acc0_0 += v129;
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
    let l128_1: f32 = t127[row * 16i + col_1];
    let v132: f32 = r0_0 * 0.0625f;
    let v134: f32 = v132 + 0.00001f;
    let v135: f32 = inverseSqrt(v134);
    let v137: f32 = l128_1 * v135;
    t137[row * 16i + col_1] = v137;
    let l139: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v140: f32 = v137 * l139;
    t140[row * 16i + col_1] = v140;
  }
  if (lid == 0i) {
    let v132_1: f32 = r0_0 * 0.0625f;
    let v134_1: f32 = v132_1 + 0.00001f;
    let v135_1: f32 = inverseSqrt(v134_1);
    t135[row] = v135_1;
  }
}
