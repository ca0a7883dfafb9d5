// kernel k49_reduce
@group(0) @binding(0) var<storage, read> t328: array<f32>;
@group(0) @binding(1) var<storage, read> t213: array<f32>;
@group(0) @binding(2) var<storage, read> t311: array<f32>;
@group(0) @binding(3) var<storage, read> t218: array<f32>;
@group(0) @binding(4) var<storage, read_write> t344: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k49_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l328: f32 = t328[row * 64i + col];
    let l213: f32 = t213[row * 64i + col];
    let v333: f32 = l328 * l213;
    acc0_0 += v333;
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
    let l311: f32 = t311[row * 64i + col_1];
    let l328_1: f32 = t328[row * 64i + col_1];
    let l219: f32 = t218[row];
    let v332: f32 = l328_1 * l219;
    let v342: f32 = l311 + v332;
    let l218: f32 = t218[row];
    let v335: f32 = l218 * l218;
    let v336: f32 = l218 * v335;
    let v337: f32 = v336 * -0.5f;
    let v338: f32 = r0_0 * v337;
    let v339: f32 = v338 * 0.015625f;
    let l213_1: f32 = t213[row * 64i + col_1];
    let v341: f32 = v339 * l213_1;
    let v343: f32 = v342 + v341;
    let v344: f32 = v343 + v341;
    t344[row * 64i + col_1] = v344;
  }
}
