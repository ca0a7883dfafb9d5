// kernel k42_reduce
@group(0) @binding(0) var<storage, read> t295: array<f32>;
@group(0) @binding(1) var<storage, read> t249: array<f32>;
@group(0) @binding(2) var<storage, read> t254: array<f32>;
@group(0) @binding(3) var<storage, read_write> t311: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k42_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l295: f32 = t295[row * 64i + col];
    let l249: f32 = t249[row * 64i + col];
    let v300: f32 = l295 * l249;
    acc0_0 += v300;
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
    let l295_1: f32 = t295[row * 64i + col_1];
    let l255: f32 = t254[row];
    let v299: f32 = l295_1 * l255;
    let l254: f32 = t254[row];
    let v302: f32 = l254 * l254;
    let v303: f32 = l254 * v302;
    let v305: f32 = v303 * -0.5f;
    let v306: f32 = r0_0 * v305;
    let v307: f32 = v306 * 0.015625f;
    let l249_1: f32 = t249[row * 64i + col_1];
    let v309: f32 = v307 * l249_1;
    let v310: f32 = v299 + v309;
    let v311: f32 = v310 + v309;
    t311[row * 64i + col_1] = v311;
  }
}
