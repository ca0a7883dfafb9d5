// kernel k156_reduce
@group(0) @binding(0) var<storage, read> t900: array<f32>;
@group(0) @binding(1) var<storage, read> t336: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t341: array<f32>;
@group(0) @binding(4) var<storage, read_write> t916: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k156_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l900: f32 = t900[row * 64i + col];
    let l336: f32 = t336[row * 64i + col];
    let v905: f32 = l900 * l336;
    acc0_0 += v905;
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
    let l884: f32 = t668[64i + row * 256i + col_1];
    let l900_1: f32 = t900[row * 64i + col_1];
    let l342: f32 = t341[row];
    let v904: f32 = l900_1 * l342;
    let v914: f32 = l884 + v904;
    let l341: f32 = t341[row];
    let v907: f32 = l341 * l341;
    let v908: f32 = l341 * v907;
    let v909: f32 = v908 * -0.5f;
    let v910: f32 = r0_0 * v909;
    let v911: f32 = v910 * 0.015625f;
    let l336_1: f32 = t336[row * 64i + col_1];
    let v913: f32 = v911 * l336_1;
    let v915: f32 = v914 + v913;
    let v916: f32 = v915 + v913;
    t916[row * 64i + col_1] = v916;
  }
}
