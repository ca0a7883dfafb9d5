// kernel k50_reduce
@group(0) @binding(0) var<storage, read> t357: array<f32>;
@group(0) @binding(1) var<storage, read> t307: array<f32>;
@group(0) @binding(2) var<storage, read> t312: array<f32>;
@group(0) @binding(3) var<storage, read_write> t378: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k50_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l357: f32 = t357[row * 64i + col];
    let l307: f32 = t307[row * 64i + col];
    let v362: f32 = l357 * l307;
    acc0_0 += v362;
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
    let l357_1: f32 = t357[row * 64i + col_1];
    let l313: f32 = t312[row];
    let v361: f32 = l357_1 * l313;
    let l312: f32 = t312[row];
    let v364: f32 = l312 * l312;
    let v365: f32 = l312 * v364;
    let v367: f32 = v365 * -0.5f;
    let v368: f32 = r0_0 * v367;
    let v369: f32 = v368 * 0.015625f;
    let l307_1: f32 = t307[row * 64i + col_1];
    let v371: f32 = v369 * l307_1;
    let v372: f32 = v361 + v371;
    let v373: f32 = v372 + v371;
    let v374: f32 = -v373;
    acc1_0 += v374;
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
    let l357_2: f32 = t357[row * 64i + col_2];
    let l313_1: f32 = t312[row];
    let v361_1: f32 = l357_2 * l313_1;
    let l312_1: f32 = t312[row];
    let v364_1: f32 = l312_1 * l312_1;
    let v365_1: f32 = l312_1 * v364_1;
    let v367_1: f32 = v365_1 * -0.5f;
    let v368_1: f32 = r0_0 * v367_1;
    let v369_1: f32 = v368_1 * 0.015625f;
    let l307_2: f32 = t307[row * 64i + col_2];
    let v371_1: f32 = v369_1 * l307_2;
    let v372_1: f32 = v361_1 + v371_1;
    let v373_1: f32 = v372_1 + v371_1;
    let v376: f32 = r1_0 * 0.015625f;
    let v378: f32 = v373_1 + v376;
    t378[row * 64i + col_2] = v378;
  }
}
