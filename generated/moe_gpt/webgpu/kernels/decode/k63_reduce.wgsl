// kernel k63_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t336: array<f32>;
@group(0) @binding(1) var<storage, read> t340: array<f32>;
@group(0) @binding(2) var<storage, read_write> t349: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l337: f32 = t336[col];
    let l342: f32 = t340[0i];
    let v343: f32 = l337 - l342;
    let v344: f32 = v343 * v343;
    acc0_0 += v344;
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
    let v347: f32 = r0_0 * 0.125f;
    let v348: f32 = sqrt(v347);
    let l340: f32 = t340[0i];
    let v349: f32 = v348 / l340;
    t349[0i] = v349;
  }
}
