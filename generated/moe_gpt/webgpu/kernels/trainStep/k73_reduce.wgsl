// kernel k73_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t388: array<f32>;
@group(0) @binding(1) var<storage, read_write> t395: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t398: array<f32>;
@group(0) @binding(4) var<storage, read_write> t393: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l388: f32 = t388[row * 64i + col];
    let v389: f32 = l388 * l388;
    acc0_0 += v389;
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
    let l388_1: f32 = t388[row * 64i + col_1];
    let v391: f32 = r0_0 * 0.015625f;
    let v392: f32 = v391 + 0.00001f;
    let v393: f32 = inverseSqrt(v392);
    let v395: f32 = l388_1 * v393;
    t395[row * 64i + col_1] = v395;
    let l397: f32 = p_norm_g[col_1];
    let v398: f32 = v395 * l397;
    t398[row * 64i + col_1] = v398;
  }
  if (lid == 0i) {
    let v391_1: f32 = r0_0 * 0.015625f;
    let v392_1: f32 = v391_1 + 0.00001f;
    let v393_1: f32 = inverseSqrt(v392_1);
    t393[row] = v393_1;
  }
}
