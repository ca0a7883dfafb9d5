// kernel k25_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t168: array<f32>;
@group(0) @binding(1) var<storage, read_write> t175: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t178: array<f32>;
@group(0) @binding(4) var<storage, read_write> t173: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l168: f32 = t168[row * 64i + col];
    let v169: f32 = l168 * l168;
    acc0_0 += v169;
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
    let l168_1: f32 = t168[row * 64i + col_1];
    let v171: f32 = r0_0 * 0.015625f;
    let v172: f32 = v171 + 0.00001f;
    let v173: f32 = inverseSqrt(v172);
    let v175: f32 = l168_1 * v173;
    t175[row * 64i + col_1] = v175;
    let l177: f32 = p_layers_1_mlp_norm_g[col_1];
    let v178: f32 = v175 * l177;
    t178[row * 64i + col_1] = v178;
  }
  if (lid == 0i) {
    let v171_1: f32 = r0_0 * 0.015625f;
    let v172_1: f32 = v171_1 + 0.00001f;
    let v173_1: f32 = inverseSqrt(v172_1);
    t173[row] = v173_1;
  }
}
