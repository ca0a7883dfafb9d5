// kernel k56_reduce
@group(0) @binding(0) var<storage, read> t319: array<f32>;
@group(0) @binding(1) var<storage, read> t273: array<f32>;
@group(0) @binding(2) var<storage, read> t278: array<f32>;
@group(0) @binding(3) var<storage, read_write> t335: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k56_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l319: f32 = t319[row * 64i + col];
    let l273: f32 = t273[row * 64i + col];
    let v324: f32 = l319 * l273;
    acc0_0 += v324;
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
    let l319_1: f32 = t319[row * 64i + col_1];
    let l279: f32 = t278[row];
    let v323: f32 = l319_1 * l279;
    let l278: f32 = t278[row];
    let v326: f32 = l278 * l278;
    let v327: f32 = l278 * v326;
    let v329: f32 = v327 * -0.5f;
    let v330: f32 = r0_0 * v329;
    let v331: f32 = v330 * 0.015625f;
    let l273_1: f32 = t273[row * 64i + col_1];
    let v333: f32 = v331 * l273_1;
    let v334: f32 = v323 + v333;
    let v335: f32 = v334 + v333;
    t335[row * 64i + col_1] = v335;
  }
}
