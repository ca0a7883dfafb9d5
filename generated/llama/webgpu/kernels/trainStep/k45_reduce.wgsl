// kernel k45_reduce
@group(0) @binding(0) var<storage, read> t299: array<f32>;
@group(0) @binding(1) var<storage, read> t199: array<f32>;
@group(0) @binding(2) var<storage, read> t281: array<f32>;
@group(0) @binding(3) var<storage, read> t204: array<f32>;
@group(0) @binding(4) var<storage, read_write> t315: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k45_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l299: f32 = t299[row * 64i + col];
    let l199: f32 = t199[row * 64i + col];
    let v304: f32 = l299 * l199;
    acc0_0 += v304;
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
    let l299_1: f32 = t299[row * 64i + col_1];
    let l205: f32 = t204[row];
    let v303: f32 = l299_1 * l205;
    let v313: f32 = l281 + v303;
    let l204: f32 = t204[row];
    let v306: f32 = l204 * l204;
    let v307: f32 = l204 * v306;
    let v308: f32 = v307 * -0.5f;
    let v309: f32 = r0_0 * v308;
    let v310: f32 = v309 * 0.015625f;
    let l199_1: f32 = t199[row * 64i + col_1];
    let v312: f32 = v310 * l199_1;
    let v314: f32 = v313 + v312;
    let v315: f32 = v314 + v312;
    t315[row * 64i + col_1] = v315;
  }
}
