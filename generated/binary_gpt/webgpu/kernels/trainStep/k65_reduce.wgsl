// kernel k65_reduce
@group(0) @binding(0) var<storage, read> t376: array<f32>;
@group(0) @binding(1) var<storage, read> t137: array<f32>;
@group(0) @binding(2) var<storage, read> t327: array<f32>;
@group(0) @binding(3) var<storage, read> t142: array<f32>;
@group(0) @binding(4) var<storage, read_write> t392: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k65_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l376: f32 = t376[row * 64i + col];
    let l137: f32 = t137[row * 64i + col];
    let v381: f32 = l376 * l137;
    acc0_0 += v381;
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
    let l327: f32 = t327[row * 64i + col_1];
    let l376_1: f32 = t376[row * 64i + col_1];
    let l143: f32 = t142[row];
    let v380: f32 = l376_1 * l143;
    let v390: f32 = l327 + v380;
    let l142: f32 = t142[row];
    let v383: f32 = l142 * l142;
    let v384: f32 = l142 * v383;
    let v385: f32 = v384 * -0.5f;
    let v386: f32 = r0_0 * v385;
    let v387: f32 = v386 * 0.015625f;
    let l137_1: f32 = t137[row * 64i + col_1];
    let v389: f32 = v387 * l137_1;
    let v391: f32 = v390 + v389;
    let v392: f32 = v391 + v389;
    t392[row * 64i + col_1] = v392;
  }
}
