// kernel k23_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t145: array<f32>;
@group(0) @binding(1) var<storage, read_write> t155: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> t158: array<f32>;
@group(0) @binding(4) var<storage, read_write> t153: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l148: f32 = t145[row / 64i * 16i + row % 64i * 1024i + col];
    let v149: f32 = l148 * l148;
    acc0_0 += v149;
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
    let l148_1: f32 = t145[row / 64i * 16i + row % 64i * 1024i + col_1];
    let v151: f32 = r0_0 * 0.0625f;
    let v152: f32 = v151 + 0.00001f;
    let v153: f32 = inverseSqrt(v152);
    let v155: f32 = l148_1 * v153;
    t155[row * 16i + col_1] = v155;
    let l157: f32 = p_layers_1_attn_norm_g_1[col_1];
    let v158: f32 = v155 * l157;
    t158[row * 16i + col_1] = v158;
  }
  if (lid == 0i) {
    let v151_1: f32 = r0_0 * 0.0625f;
    let v152_1: f32 = v151_1 + 0.00001f;
    let v153_1: f32 = inverseSqrt(v152_1);
    t153[row] = v153_1;
  }
}
