// kernel k23_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t152: array<f32>;
@group(0) @binding(1) var<storage, read_write> t159: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t162: array<f32>;
@group(0) @binding(4) var<storage, read_write> t157: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l152: f32 = t152[row * 64i + col];
    let v153: f32 = l152 * l152;
    acc0_0 += v153;
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
    let l152_1: f32 = t152[row * 64i + col_1];
    let v155: f32 = r0_0 * 0.015625f;
    let v156: f32 = v155 + 0.00001f;
    let v157: f32 = inverseSqrt(v156);
    let v159: f32 = l152_1 * v157;
    t159[row * 64i + col_1] = v159;
    let l161: f32 = p_layers_1_attn_norm_g[col_1];
    let v162: f32 = v159 * l161;
    t162[row * 64i + col_1] = v162;
  }
  if (lid == 0i) {
    let v155_1: f32 = r0_0 * 0.015625f;
    let v156_1: f32 = v155_1 + 0.00001f;
    let v157_1: f32 = inverseSqrt(v156_1);
    t157[row] = v157_1;
  }
}
