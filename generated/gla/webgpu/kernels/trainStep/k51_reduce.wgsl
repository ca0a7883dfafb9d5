// kernel k51_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t296: array<f32>;
@group(0) @binding(1) var<storage, read_write> t303: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t306: array<f32>;
@group(0) @binding(4) var<storage, read_write> t301: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k51_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l296: f32 = t296[row * 64i + col];
    let v297: f32 = l296 * l296;
    acc0_0 += v297;
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
    let l296_1: f32 = t296[row * 64i + col_1];
    let v299: f32 = r0_0 * 0.015625f;
    let v300: f32 = v299 + 0.00001f;
    let v301: f32 = inverseSqrt(v300);
    let v303: f32 = l296_1 * v301;
    t303[row * 64i + col_1] = v303;
    let l305: f32 = p_norm_g[col_1];
    let v306: f32 = v303 * l305;
    t306[row * 64i + col_1] = v306;
  }
  if (lid == 0i) {
    let v299_1: f32 = r0_0 * 0.015625f;
    let v300_1: f32 = v299_1 + 0.00001f;
    let v301_1: f32 = inverseSqrt(v300_1);
    t301[row] = v301_1;
  }
}
