// kernel k57_reduce
@group(0) @binding(0) var<storage, read> t330: array<f32>;
@group(0) @binding(1) var<storage, read> t234: array<f32>;
@group(0) @binding(2) var<storage, read> t313: array<f32>;
@group(0) @binding(3) var<storage, read> t239: array<f32>;
@group(0) @binding(4) var<storage, read_write> t346: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l330: f32 = t330[row * 64i + col];
    let l234: f32 = t234[row * 64i + col];
    let v335: f32 = l330 * l234;
    acc0_0 += v335;
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
    let l313: f32 = t313[row * 64i + col_1];
    let l330_1: f32 = t330[row * 64i + col_1];
    let l240: f32 = t239[row];
    let v334: f32 = l330_1 * l240;
    let v344: f32 = l313 + v334;
    let l239: f32 = t239[row];
    let v337: f32 = l239 * l239;
    let v338: f32 = l239 * v337;
    let v339: f32 = v338 * -0.5f;
    let v340: f32 = r0_0 * v339;
    let v341: f32 = v340 * 0.015625f;
    let l234_1: f32 = t234[row * 64i + col_1];
    let v343: f32 = v341 * l234_1;
    let v345: f32 = v344 + v343;
    let v346: f32 = v345 + v343;
    t346[row * 64i + col_1] = v346;
  }
}
