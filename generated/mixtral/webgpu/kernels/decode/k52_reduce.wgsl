// kernel k52_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> t289: array<f32>;
@group(0) @binding(2) var<storage, read_write> t298: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k52_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l286: f32 = t285[col];
    let l291: f32 = t289[0i];
    let v292: f32 = l286 - l291;
    let v293: f32 = v292 * v292;
    acc0_0 += v293;
  }
  partial0[lid] = acc0_0;
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
  if (lid == 0i) {
    let v296: f32 = r0_0 * 0.125f;
    let v297: f32 = sqrt(v296);
    let l289: f32 = t289[0i];
    let v298: f32 = v297 / l289;
    t298[0i] = v298;
  }
}
