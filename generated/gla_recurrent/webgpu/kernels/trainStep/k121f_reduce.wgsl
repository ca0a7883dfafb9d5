// kernel k121f_reduce
@group(0) @binding(0) var<storage, read> t566: array<f32>;
@group(0) @binding(1) var<storage, read> t578: array<f32>;
@group(0) @binding(2) var<storage, read> t557: array<f32>;
@group(0) @binding(3) var<storage, read> t559: array<f32>;
@group(0) @binding(4) var<storage, read> t563: array<f32>;
@group(0) @binding(5) var<storage, read> t571: array<f32>;
@group(0) @binding(6) var<storage, read> t575: array<f32>;
@group(0) @binding(7) var<storage, read_write> t581: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x566: f32 = t566[col];
    let x578: f32 = t578[col];
    acc0_0 += x566;
    acc0_1 += x578;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let x557: f32 = t557[0i];
    let l560: f32 = t559[0i];
    let v561: f32 = x557 + l560;
    let l564: f32 = t563[0i];
    let v565: f32 = v561 + l564;
    let v569: f32 = v565 + r0_0;
    let l572: f32 = t571[0i];
    let v573: f32 = v569 + l572;
    let l576: f32 = t575[0i];
    let v577: f32 = v573 + l576;
    let v581: f32 = v577 + r0_1;
    t581[0i] = v581;
  }
}
