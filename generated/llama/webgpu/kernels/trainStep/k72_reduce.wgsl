// kernel k72_reduce
@group(0) @binding(0) var<storage, read> t418: array<f32>;
@group(0) @binding(1) var<storage, read> t115: array<f32>;
@group(0) @binding(2) var<storage, read> t400: array<f32>;
@group(0) @binding(3) var<storage, read> t120: array<f32>;
@group(0) @binding(4) var<storage, read_write> t434: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k72_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l418: f32 = t418[row * 64i + col];
    let l115: f32 = t115[row * 64i + col];
    let v423: f32 = l418 * l115;
    acc0_0 += v423;
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
    let l400: f32 = t400[row * 64i + col_1];
    let l418_1: f32 = t418[row * 64i + col_1];
    let l121: f32 = t120[row];
    let v422: f32 = l418_1 * l121;
    let v432: f32 = l400 + v422;
    let l120: f32 = t120[row];
    let v425: f32 = l120 * l120;
    let v426: f32 = l120 * v425;
    let v427: f32 = v426 * -0.5f;
    let v428: f32 = r0_0 * v427;
    let v429: f32 = v428 * 0.015625f;
    let l115_1: f32 = t115[row * 64i + col_1];
    let v431: f32 = v429 * l115_1;
    let v433: f32 = v432 + v431;
    let v434: f32 = v433 + v431;
    t434[row * 64i + col_1] = v434;
  }
}
