// kernel k47_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t282: array<f32>;
@group(0) @binding(1) var<storage, read_write> t289: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t292: array<f32>;
@group(0) @binding(4) var<storage, read_write> t287: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k47_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l282: f32 = t282[row * 64i + col];
    let v283: f32 = l282 * l282;
    acc0_0 += v283;
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
    let l282_1: f32 = t282[row * 64i + col_1];
    let v285: f32 = r0_0 * 0.015625f;
    let v286: f32 = v285 + 0.00001f;
    let v287: f32 = inverseSqrt(v286);
    let v289: f32 = l282_1 * v287;
    t289[row * 64i + col_1] = v289;
    let l291: f32 = p_layers_1_moe_norm_g[col_1];
    let v292: f32 = v289 * l291;
    t292[row * 64i + col_1] = v292;
  }
  if (lid == 0i) {
    let v285_1: f32 = r0_0 * 0.015625f;
    let v286_1: f32 = v285_1 + 0.00001f;
    let v287_1: f32 = inverseSqrt(v286_1);
    t287[row] = v287_1;
  }
}
