// kernel k63_reduce
@group(0) @binding(0) var<storage, read> t352: array<f32>;
@group(0) @binding(1) var<storage, read> t256: array<f32>;
@group(0) @binding(2) var<storage, read> t335: array<f32>;
@group(0) @binding(3) var<storage, read> t261: array<f32>;
@group(0) @binding(4) var<storage, read_write> t368: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l352: f32 = t352[row * 64i + col];
    let l256: f32 = t256[row * 64i + col];
    let v357: f32 = l352 * l256;
    acc0_0 += v357;
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
    let l335: f32 = t335[row * 64i + col_1];
    let l352_1: f32 = t352[row * 64i + col_1];
    let l262: f32 = t261[row];
    let v356: f32 = l352_1 * l262;
    let v366: f32 = l335 + v356;
    let l261: f32 = t261[row];
    let v359: f32 = l261 * l261;
    let v360: f32 = l261 * v359;
    let v361: f32 = v360 * -0.5f;
    let v362: f32 = r0_0 * v361;
    let v363: f32 = v362 * 0.015625f;
    let l256_1: f32 = t256[row * 64i + col_1];
    let v365: f32 = v363 * l256_1;
    let v367: f32 = v366 + v365;
    let v368: f32 = v367 + v365;
    t368[row * 64i + col_1] = v368;
  }
}
