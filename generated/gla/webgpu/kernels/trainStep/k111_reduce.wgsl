// kernel k111_reduce
@group(0) @binding(0) var<storage, read> t527: array<f32>;
@group(0) @binding(1) var<storage, read> t151: array<f32>;
@group(0) @binding(2) var<storage, read> t511: array<f32>;
@group(0) @binding(3) var<storage, read> t156: array<f32>;
@group(0) @binding(4) var<storage, read_write> t543: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l527: f32 = t527[row * 64i + col];
    let l151: f32 = t151[row * 64i + col];
    let v532: f32 = l527 * l151;
    acc0_0 += v532;
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
    let l511: f32 = t511[row * 64i + col_1];
    let l527_1: f32 = t527[row * 64i + col_1];
    let l157: f32 = t156[row];
    let v531: f32 = l527_1 * l157;
    let v541: f32 = l511 + v531;
    let l156: f32 = t156[row];
    let v534: f32 = l156 * l156;
    let v535: f32 = l156 * v534;
    let v536: f32 = v535 * -0.5f;
    let v537: f32 = r0_0 * v536;
    let v538: f32 = v537 * 0.015625f;
    let l151_1: f32 = t151[row * 64i + col_1];
    let v540: f32 = v538 * l151_1;
    let v542: f32 = v541 + v540;
    let v543: f32 = v542 + v540;
    t543[row * 64i + col_1] = v543;
  }
}
