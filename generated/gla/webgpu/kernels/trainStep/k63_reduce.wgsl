// kernel k63_reduce
@group(0) @binding(0) var<storage, read> t376: array<f32>;
@group(0) @binding(1) var<storage, read> t276: array<f32>;
@group(0) @binding(2) var<storage, read> t358: array<f32>;
@group(0) @binding(3) var<storage, read> t281: array<f32>;
@group(0) @binding(4) var<storage, read_write> t392: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l376: f32 = t376[row * 64i + col];
    let l276: f32 = t276[row * 64i + col];
    let v381: f32 = l376 * l276;
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
    let l358: f32 = t358[row * 64i + col_1];
    let l376_1: f32 = t376[row * 64i + col_1];
    let l282: f32 = t281[row];
    let v380: f32 = l376_1 * l282;
    let v390: f32 = l358 + v380;
    let l281: f32 = t281[row];
    let v383: f32 = l281 * l281;
    let v384: f32 = l281 * v383;
    let v385: f32 = v384 * -0.5f;
    let v386: f32 = r0_0 * v385;
    let v387: f32 = v386 * 0.015625f;
    let l276_1: f32 = t276[row * 64i + col_1];
    let v389: f32 = v387 * l276_1;
    let v391: f32 = v390 + v389;
    let v392: f32 = v391 + v389;
    t392[row * 64i + col_1] = v392;
  }
}
