// kernel k55_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t224: array<f32>;
@group(0) @binding(1) var<storage, read> t287: array<f32>;
@group(0) @binding(2) var<storage, read_write> t289: array<f32>;
@group(0) @binding(3) var<storage, read_write> t296: array<f32>;
@group(0) @binding(4) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t299: array<f32>;
@group(0) @binding(6) var<storage, read_write> t294: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k55_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l224: f32 = t224[row * 64i + col];
    let l288: f32 = t287[row * 64i + col];
    let v289: f32 = l224 + l288;
    let v290: f32 = v289 * v289;
    acc0_0 += v290;
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
    let l224_1: f32 = t224[row * 64i + col_1];
    let l288_1: f32 = t287[row * 64i + col_1];
    let v289_1: f32 = l224_1 + l288_1;
    t289[row * 64i + col_1] = v289_1;
    let v292: f32 = r0_0 * 0.015625f;
    let v293: f32 = v292 + 0.00001f;
    let v294: f32 = inverseSqrt(v293);
    let v296: f32 = v289_1 * v294;
    t296[row * 64i + col_1] = v296;
    let l298: f32 = p_norm_g[col_1];
    let v299: f32 = v296 * l298;
    t299[row * 64i + col_1] = v299;
  }
  if (lid == 0i) {
    let v292_1: f32 = r0_0 * 0.015625f;
    let v293_1: f32 = v292_1 + 0.00001f;
    let v294_1: f32 = inverseSqrt(v293_1);
    t294[row] = v294_1;
  }
}
