// kernel k32_reduce
@group(0) @binding(0) var<storage, read> t292: array<f32>;
@group(0) @binding(1) var<storage, read> t167: array<f32>;
@group(0) @binding(2) var<storage, read> t172: array<f32>;
@group(0) @binding(3) var<storage, read_write> t307: array<f32>;
@group(0) @binding(4) var<storage, read_write> t310: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k32_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l292: f32 = t292[row * 64i + col];
    let l167: f32 = t167[row * 64i + col];
    let v297: f32 = l292 * l167;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l292_1: f32 = t292[row * 64i + col_1];
    let l173: f32 = t172[row];
    let v296: f32 = l292_1 * l173;
    let l172: f32 = t172[row];
    let v299: f32 = l172 * l172;
    let v300: f32 = l172 * v299;
    let v301: f32 = v300 * -0.5f;
    let v302: f32 = r0_0 * v301;
    let v303: f32 = v302 * 0.015625f;
    let l167_1: f32 = t167[row * 64i + col_1];
    let v305: f32 = v303 * l167_1;
    let v306: f32 = v296 + v305;
    let v307: f32 = v306 + v305;
    let v308: f32 = -v307;
    acc1_0 += v308;
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
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l292_2: f32 = t292[row * 64i + col_2];
    let l173_1: f32 = t172[row];
    let v296_1: f32 = l292_2 * l173_1;
    let l172_1: f32 = t172[row];
    let v299_1: f32 = l172_1 * l172_1;
    let v300_1: f32 = l172_1 * v299_1;
    let v301_1: f32 = v300_1 * -0.5f;
    let v302_1: f32 = r0_0 * v301_1;
    let v303_1: f32 = v302_1 * 0.015625f;
    let l167_2: f32 = t167[row * 64i + col_2];
    let v305_1: f32 = v303_1 * l167_2;
    let v306_1: f32 = v296_1 + v305_1;
    let v307_1: f32 = v306_1 + v305_1;
    t307[row * 64i + col_2] = v307_1;
  }
  if (lid == 0i) {
    let v310: f32 = r1_0 * 0.015625f;
    t310[row] = v310;
  }
}
