// kernel k26_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t179: array<f32>;
@group(0) @binding(1) var<storage, read> t184: array<f32>;
@group(0) @binding(2) var<storage, read_write> t193: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k26_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l180: f32 = t179[col];
    let l186: f32 = t184[0i];
    let v187: f32 = l180 - l186;
    let v188: f32 = v187 * v187;
    acc0_0 += v188;
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
    let v191: f32 = r0_0 * 0.125f;
    let v192: f32 = sqrt(v191);
    let l184: f32 = t184[0i];
    let v193: f32 = v192 / l184;
    t193[0i] = v193;
  }
}
