// kernel k57_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t224: array<f32>;
@group(0) @binding(1) var<storage, read> t286: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t298: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l224: f32 = t224[row * 64i + col];
    let l287: f32 = t286[row * 64i + col];
    let v288: f32 = l224 + l287;
    let v289: f32 = v288 * v288;
    acc0_0 += v289;
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
    let l287_1: f32 = t286[row * 64i + col_1];
    let v288_1: f32 = l224_1 + l287_1;
    let v291: f32 = r0_0 * 0.015625f;
    let v292: f32 = v291 + 0.00001f;
    let v293: f32 = inverseSqrt(v292);
    let v295: f32 = v288_1 * v293;
    let l297: f32 = p_norm_g[col_1];
    let v298: f32 = v295 * l297;
    t298[row * 64i + col_1] = v298;
  }
}
