// kernel k62_reduce
@group(0) @binding(0) var<storage, read> t346: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read> t286: array<f32>;
@group(0) @binding(3) var<storage, read> t122: array<f32>;
@group(0) @binding(4) var<storage, read_write> t362: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k62_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l346: f32 = t346[row * 64i + col];
    let l117: f32 = t117[row * 64i + col];
    let v351: f32 = l346 * l117;
    acc0_0 += v351;
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
    let l286: f32 = t286[row * 64i + col_1];
    let l346_1: f32 = t346[row * 64i + col_1];
    let l123: f32 = t122[row];
    let v350: f32 = l346_1 * l123;
    let v360: f32 = l286 + v350;
    let l122: f32 = t122[row];
    let v353: f32 = l122 * l122;
    let v354: f32 = l122 * v353;
    let v355: f32 = v354 * -0.5f;
    let v356: f32 = r0_0 * v355;
    let v357: f32 = v356 * 0.015625f;
    let l117_1: f32 = t117[row * 64i + col_1];
    let v359: f32 = v357 * l117_1;
    let v361: f32 = v360 + v359;
    let v362: f32 = v361 + v359;
    t362[row * 64i + col_1] = v362;
  }
}
