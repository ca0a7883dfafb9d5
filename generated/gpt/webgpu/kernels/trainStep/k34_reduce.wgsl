// kernel k34_reduce
@group(0) @binding(0) var<storage, read> t320: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t200: array<f32>;
@group(0) @binding(3) var<storage, read_write> t335: array<f32>;
@group(0) @binding(4) var<storage, read_write> t338: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k34_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l320: f32 = t320[row * 64i + col];
    let l195: f32 = t195[row * 64i + col];
    let v325: f32 = l320 * l195;
    acc0_0 += v325;
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
    let l320_1: f32 = t320[row * 64i + col_1];
    let l201: f32 = t200[row];
    let v324: f32 = l320_1 * l201;
    let l200: f32 = t200[row];
    let v327: f32 = l200 * l200;
    let v328: f32 = l200 * v327;
    let v329: f32 = v328 * -0.5f;
    let v330: f32 = r0_0 * v329;
    let v331: f32 = v330 * 0.015625f;
    let l195_1: f32 = t195[row * 64i + col_1];
    let v333: f32 = v331 * l195_1;
    let v334: f32 = v324 + v333;
    let v335: f32 = v334 + v333;
    let v336: f32 = -v335;
    acc1_0 += v336;
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
    let l320_2: f32 = t320[row * 64i + col_2];
    let l201_1: f32 = t200[row];
    let v324_1: f32 = l320_2 * l201_1;
    let l200_1: f32 = t200[row];
    let v327_1: f32 = l200_1 * l200_1;
    let v328_1: f32 = l200_1 * v327_1;
    let v329_1: f32 = v328_1 * -0.5f;
    let v330_1: f32 = r0_0 * v329_1;
    let v331_1: f32 = v330_1 * 0.015625f;
    let l195_2: f32 = t195[row * 64i + col_2];
    let v333_1: f32 = v331_1 * l195_2;
    let v334_1: f32 = v324_1 + v333_1;
    let v335_1: f32 = v334_1 + v333_1;
    t335[row * 64i + col_2] = v335_1;
  }
  if (lid == 0i) {
    let v338: f32 = r1_0 * 0.015625f;
    t338[row] = v338;
  }
}
