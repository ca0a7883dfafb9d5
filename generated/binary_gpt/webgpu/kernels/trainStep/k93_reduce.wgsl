// kernel k93_reduce
@group(0) @binding(0) var<storage, read> t484: array<f32>;
@group(0) @binding(1) var<storage, read> t48: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t495: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k93_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l484: f32 = t484[row * 64i + col];
    let l48: f32 = t48[row * 64i + col];
    let v489: f32 = l484 * l48;
    acc0_0 += v489;
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
  if (lid == 0i) {
    let l55: f32 = t55[row];
    let v491: f32 = l55 * l55;
    let v492: f32 = l55 * v491;
    let v493: f32 = v492 * -0.5f;
    let v494: f32 = r0_0 * v493;
    let v495: f32 = v494 * 0.015625f;
    t495[row] = v495;
  }
}
