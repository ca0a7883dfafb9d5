// kernel k3_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t42: array<f32>;
@group(0) @binding(1) var<storage, read_write> t50: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t53: array<f32>;
@group(0) @binding(4) var<storage, read_write> t48: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k3_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l42: f32 = t42[row * 32i + col];
    let v43: f32 = l42 * l42;
    acc0_0 += v43;
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
    let l42_1: f32 = t42[row * 32i + col_1];
    let v46: f32 = r0_0 * 0.03125f;
    let v47: f32 = v46 + 0.00001f;
    let v48: f32 = inverseSqrt(v47);
    let v50: f32 = l42_1 * v48;
    t50[row * 32i + col_1] = v50;
    let l52: f32 = p_layers_0_attn_q_norm_g[col_1];
    let v53: f32 = v50 * l52;
    t53[row * 32i + col_1] = v53;
  }
  if (lid == 0i) {
    let v46_1: f32 = r0_0 * 0.03125f;
    let v47_1: f32 = v46_1 + 0.00001f;
    let v48_1: f32 = inverseSqrt(v47_1);
    t48[row] = v48_1;
  }
}
