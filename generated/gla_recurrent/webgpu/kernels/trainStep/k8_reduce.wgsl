// kernel k8_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t71: array<f32>;
@group(0) @binding(1) var<storage, read_write> t83: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(3) var<storage, read_write> t86: array<f32>;
@group(0) @binding(4) var<storage, read_write> t81: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k8_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l74: f32 = t71[row / 64i * 16i + row % 64i * 1024i + col];
    let v75: f32 = l74 * l74;
    acc0_0 += v75;
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
    let l74_1: f32 = t71[row / 64i * 16i + row % 64i * 1024i + col_1];
    let v78: f32 = r0_0 * 0.0625f;
    let v80: f32 = v78 + 0.00001f;
    let v81: f32 = inverseSqrt(v80);
    let v83: f32 = l74_1 * v81;
    t83[row * 16i + col_1] = v83;
    let l85: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v86: f32 = v83 * l85;
    t86[row * 16i + col_1] = v86;
  }
  if (lid == 0i) {
    let v78_1: f32 = r0_0 * 0.0625f;
    let v80_1: f32 = v78_1 + 0.00001f;
    let v81_1: f32 = inverseSqrt(v80_1);
    t81[row] = v81_1;
  }
}
