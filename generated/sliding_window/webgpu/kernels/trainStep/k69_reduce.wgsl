// kernel k69_reduce
@group(0) @binding(0) var<storage, read> t372: array<f32>;
@group(0) @binding(1) var<storage, read> t98: array<f32>;
@group(0) @binding(2) var<storage, read> t356: array<f32>;
@group(0) @binding(3) var<storage, read> t103: array<f32>;
@group(0) @binding(4) var<storage, read_write> t388: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l372: f32 = t372[row * 64i + col];
    let l98: f32 = t98[row * 64i + col];
    let v377: f32 = l372 * l98;
    acc0_0 += v377;
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
    let l356: f32 = t356[row * 64i + col_1];
    let l372_1: f32 = t372[row * 64i + col_1];
    let l104: f32 = t103[row];
    let v376: f32 = l372_1 * l104;
    let v386: f32 = l356 + v376;
    let l103: f32 = t103[row];
    let v379: f32 = l103 * l103;
    let v380: f32 = l103 * v379;
    let v381: f32 = v380 * -0.5f;
    let v382: f32 = r0_0 * v381;
    let v383: f32 = v382 * 0.015625f;
    let l98_1: f32 = t98[row * 64i + col_1];
    let v385: f32 = v383 * l98_1;
    let v387: f32 = v386 + v385;
    let v388: f32 = v387 + v385;
    t388[row * 64i + col_1] = v388;
  }
}
