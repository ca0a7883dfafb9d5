// kernel k62_reduce
@group(0) @binding(0) var<storage, read> t348: array<f32>;
@group(0) @binding(1) var<storage, read> t119: array<f32>;
@group(0) @binding(2) var<storage, read> t288: array<f32>;
@group(0) @binding(3) var<storage, read> t124: array<f32>;
@group(0) @binding(4) var<storage, read_write> t364: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k62_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l348: f32 = t348[row * 64i + col];
    let l119: f32 = t119[row * 64i + col];
    let v353: f32 = l348 * l119;
    acc0_0 += v353;
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
    let l288: f32 = t288[row * 64i + col_1];
    let l348_1: f32 = t348[row * 64i + col_1];
    let l125: f32 = t124[row];
    let v352: f32 = l348_1 * l125;
    let v362: f32 = l288 + v352;
    let l124: f32 = t124[row];
    let v355: f32 = l124 * l124;
    let v356: f32 = l124 * v355;
    let v357: f32 = v356 * -0.5f;
    let v358: f32 = r0_0 * v357;
    let v359: f32 = v358 * 0.015625f;
    let l119_1: f32 = t119[row * 64i + col_1];
    let v361: f32 = v359 * l119_1;
    let v363: f32 = v362 + v361;
    let v364: f32 = v363 + v361;
    t364[row * 64i + col_1] = v364;
  }
}
