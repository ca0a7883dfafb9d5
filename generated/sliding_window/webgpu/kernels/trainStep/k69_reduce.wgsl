// kernel k69_reduce
@group(0) @binding(0) var<storage, read> t382: array<f32>;
@group(0) @binding(1) var<storage, read> t98: array<f32>;
@group(0) @binding(2) var<storage, read> t364: array<f32>;
@group(0) @binding(3) var<storage, read> t103: array<f32>;
@group(0) @binding(4) var<storage, read_write> t398: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l382: f32 = t382[row * 64i + col];
    let l98: f32 = t98[row * 64i + col];
    let v387: f32 = l382 * l98;
    acc0_0 += v387;
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
    let l364: f32 = t364[row * 64i + col_1];
    let l382_1: f32 = t382[row * 64i + col_1];
    let l104: f32 = t103[row];
    let v386: f32 = l382_1 * l104;
    let v396: f32 = l364 + v386;
    let l103: f32 = t103[row];
    let v389: f32 = l103 * l103;
    let v390: f32 = l103 * v389;
    let v391: f32 = v390 * -0.5f;
    let v392: f32 = r0_0 * v391;
    let v393: f32 = v392 * 0.015625f;
    let l98_1: f32 = t98[row * 64i + col_1];
    let v395: f32 = v393 * l98_1;
    let v397: f32 = v396 + v395;
    let v398: f32 = v397 + v395;
    t398[row * 64i + col_1] = v398;
  }
}
