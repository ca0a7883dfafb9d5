// kernel k61_reduce
@group(0) @binding(0) var<storage, read> t355: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t267: array<f32>;
@group(0) @binding(3) var<storage, read_write> t361: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k61_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l355: f32 = t355[row * 8i + col];
    let l269: f32 = t269[row * 8i + col];
    let v358: f32 = l355 * l269;
    let l268: f32 = t267[row];
    let v359: f32 = v358 / l268;
    let v360: f32 = -v359;
    acc0_0 += v360;
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
    t361[row] = r0_0;
  }
}
