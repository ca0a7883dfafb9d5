// kernel k47_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t271: array<f32>;
@group(0) @binding(1) var<storage, read_write> t278: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t281: array<f32>;
@group(0) @binding(4) var<storage, read_write> t276: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k47_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l271: f32 = t271[row * 64i + col];
    let v272: f32 = l271 * l271;
    acc0_0 += v272;
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
    let l271_1: f32 = t271[row * 64i + col_1];
    let v274: f32 = r0_0 * 0.015625f;
    let v275: f32 = v274 + 0.00001f;
    let v276: f32 = inverseSqrt(v275);
    let v278: f32 = l271_1 * v276;
    t278[row * 64i + col_1] = v278;
    let l280: f32 = p_layers_1_moe_norm_g[col_1];
    let v281: f32 = v278 * l280;
    t281[row * 64i + col_1] = v281;
  }
  if (lid == 0i) {
    let v274_1: f32 = r0_0 * 0.015625f;
    let v275_1: f32 = v274_1 + 0.00001f;
    let v276_1: f32 = inverseSqrt(v275_1);
    t276[row] = v276_1;
  }
}
