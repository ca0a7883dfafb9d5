// kernel k77_reduce
@group(0) @binding(0) var<storage, read> t436: array<f32>;
@group(0) @binding(1) var<storage, read> t98: array<f32>;
@group(0) @binding(2) var<storage, read> t420: array<f32>;
@group(0) @binding(3) var<storage, read> t103: array<f32>;
@group(0) @binding(4) var<storage, read_write> t452: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k77_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l436: f32 = t436[row * 64i + col];
    let l98: f32 = t98[row * 64i + col];
    let v441: f32 = l436 * l98;
    acc0_0 += v441;
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
    let l420: f32 = t420[row * 64i + col_1];
    let l436_1: f32 = t436[row * 64i + col_1];
    let l104: f32 = t103[row];
    let v440: f32 = l436_1 * l104;
    let v450: f32 = l420 + v440;
    let l103: f32 = t103[row];
    let v443: f32 = l103 * l103;
    let v444: f32 = l103 * v443;
    let v445: f32 = v444 * -0.5f;
    let v446: f32 = r0_0 * v445;
    let v447: f32 = v446 * 0.015625f;
    let l98_1: f32 = t98[row * 64i + col_1];
    let v449: f32 = v447 * l98_1;
    let v451: f32 = v450 + v449;
    let v452: f32 = v451 + v449;
    t452[row * 64i + col_1] = v452;
  }
}
