// kernel k30_reduce
@group(0) @binding(0) var<storage, read> t290: array<f32>;
@group(0) @binding(1) var<storage, read> t165: array<f32>;
@group(0) @binding(2) var<storage, read> t170: array<f32>;
@group(0) @binding(3) var<storage, read_write> t305: array<f32>;
@group(0) @binding(4) var<storage, read_write> t308: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k30_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l290: f32 = t290[row * 64i + col];
    let l165: f32 = t165[row * 64i + col];
    let v295: f32 = l290 * l165;
    acc0_0 += v295;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l290_1: f32 = t290[row * 64i + col_1];
    let l171: f32 = t170[row];
    let v294: f32 = l290_1 * l171;
    let l170: f32 = t170[row];
    let v297: f32 = l170 * l170;
    let v298: f32 = l170 * v297;
    let v299: f32 = v298 * -0.5f;
    let v300: f32 = r0_0 * v299;
    let v301: f32 = v300 * 0.015625f;
    let l165_1: f32 = t165[row * 64i + col_1];
    let v303: f32 = v301 * l165_1;
    let v304: f32 = v294 + v303;
    let v305: f32 = v304 + v303;
    let v306: f32 = -v305;
    t305[row * 64i + col_1] = v305;
    acc1_0 += v306;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v308: f32 = r1_0 * 0.015625f;
    t308[row] = v308;
  }
}
