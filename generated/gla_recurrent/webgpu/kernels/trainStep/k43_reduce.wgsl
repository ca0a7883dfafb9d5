// kernel k43_reduce
@group(0) @binding(0) var<storage, read> t265: array<f32>;
@group(0) @binding(1) var<storage, read> t169: array<f32>;
@group(0) @binding(2) var<storage, read> t248: array<f32>;
@group(0) @binding(3) var<storage, read> t174: array<f32>;
@group(0) @binding(4) var<storage, read_write> t281: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k43_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l265: f32 = t265[row * 64i + col];
    let l169: f32 = t169[row * 64i + col];
    let v270: f32 = l265 * l169;
    acc0_0 += v270;
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
    let l248: f32 = t248[row * 64i + col_1];
    let l265_1: f32 = t265[row * 64i + col_1];
    let l175: f32 = t174[row];
    let v269: f32 = l265_1 * l175;
    let v279: f32 = l248 + v269;
    let l174: f32 = t174[row];
    let v272: f32 = l174 * l174;
    let v273: f32 = l174 * v272;
    let v274: f32 = v273 * -0.5f;
    let v275: f32 = r0_0 * v274;
    let v276: f32 = v275 * 0.015625f;
    let l169_1: f32 = t169[row * 64i + col_1];
    let v278: f32 = v276 * l169_1;
    let v280: f32 = v279 + v278;
    let v281: f32 = v280 + v278;
    t281[row * 64i + col_1] = v281;
  }
}
