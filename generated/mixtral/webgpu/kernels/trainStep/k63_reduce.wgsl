// kernel k63_reduce
@group(0) @binding(0) var<storage, read> t367: array<f32>;
@group(0) @binding(1) var<storage, read> t321: array<f32>;
@group(0) @binding(2) var<storage, read> t326: array<f32>;
@group(0) @binding(3) var<storage, read_write> t383: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l367: f32 = t367[row * 64i + col];
    let l321: f32 = t321[row * 64i + col];
    let v372: f32 = l367 * l321;
    acc0_0 += v372;
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
    let l367_1: f32 = t367[row * 64i + col_1];
    let l327: f32 = t326[row];
    let v371: f32 = l367_1 * l327;
    let l326: f32 = t326[row];
    let v374: f32 = l326 * l326;
    let v375: f32 = l326 * v374;
    let v377: f32 = v375 * -0.5f;
    let v378: f32 = r0_0 * v377;
    let v379: f32 = v378 * 0.015625f;
    let l321_1: f32 = t321[row * 64i + col_1];
    let v381: f32 = v379 * l321_1;
    let v382: f32 = v371 + v381;
    let v383: f32 = v382 + v381;
    t383[row * 64i + col_1] = v383;
  }
}
