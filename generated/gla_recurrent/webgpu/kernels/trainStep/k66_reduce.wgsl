// kernel k66_reduce
@group(0) @binding(0) var<storage, read> t364: array<f32>;
@group(0) @binding(1) var<storage, read> t114: array<f32>;
@group(0) @binding(2) var<storage, read> t281: array<f32>;
@group(0) @binding(3) var<storage, read> t119: array<f32>;
@group(0) @binding(4) var<storage, read_write> t380: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k66_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l364: f32 = t364[row * 64i + col];
    let l114: f32 = t114[row * 64i + col];
    let v369: f32 = l364 * l114;
    acc0_0 += v369;
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
    let l281: f32 = t281[row * 64i + col_1];
    let l364_1: f32 = t364[row * 64i + col_1];
    let l120: f32 = t119[row];
    let v368: f32 = l364_1 * l120;
    let v378: f32 = l281 + v368;
    let l119: f32 = t119[row];
    let v371: f32 = l119 * l119;
    let v372: f32 = l119 * v371;
    let v373: f32 = v372 * -0.5f;
    let v374: f32 = r0_0 * v373;
    let v375: f32 = v374 * 0.015625f;
    let l114_1: f32 = t114[row * 64i + col_1];
    let v377: f32 = v375 * l114_1;
    let v379: f32 = v378 + v377;
    let v380: f32 = v379 + v377;
    t380[row * 64i + col_1] = v380;
  }
}
