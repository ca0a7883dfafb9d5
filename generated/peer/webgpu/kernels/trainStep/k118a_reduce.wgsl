// kernel k118a_reduce
@group(0) @binding(0) var<storage, read> t490: array<f32>;
@group(0) @binding(1) var<storage, read> t566: array<f32>;
@group(0) @binding(2) var<storage, read> t569: array<f32>;
@group(0) @binding(3) var<storage, read_write> t572: array<f32>;
@group(0) @binding(4) var<storage, read_write> t573: array<f32>;
@group(0) @binding(5) var<storage, read_write> t696: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k118a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l490: f32 = t490[row + col * 64i];
    let l566: f32 = t566[row + col * 64i];
    let v571: f32 = l490 + l566;
    let l570: f32 = t569[col];
    let v572: f32 = v571 + l570;
    t572[row + col * 64i] = v572;
    acc0_0 += v572;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
    t573[row] = r0_0;
    let v696: f32 = r0_0 * r0_0;
    t696[row] = v696;
  }
}
