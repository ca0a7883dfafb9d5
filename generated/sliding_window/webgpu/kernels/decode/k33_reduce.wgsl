// kernel k33_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t211: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t220: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k33_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l211: f32 = t211[col];
    let v212: f32 = l211 * l211;
    acc0_0 += v212;
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
    let l211_1: f32 = t211[col_1];
    let v214: f32 = r0_0 * 0.015625f;
    let v215: f32 = v214 + 0.00001f;
    let v216: f32 = inverseSqrt(v215);
    let v218: f32 = l211_1 * v216;
    let l219: f32 = p_layers_1_mlp_norm_g[col_1];
    let v220: f32 = v218 * l219;
    t220[col_1] = v220;
  }
}
