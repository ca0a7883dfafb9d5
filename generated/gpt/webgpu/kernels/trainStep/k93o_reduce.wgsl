// kernel k93o_reduce
@group(0) @binding(0) var<storage, read> t628: array<f32>;
@group(0) @binding(1) var<storage, read> t632: array<f32>;
@group(0) @binding(2) var<storage, read> t615: array<f32>;
@group(0) @binding(3) var<storage, read> t617: array<f32>;
@group(0) @binding(4) var<storage, read> t621: array<f32>;
@group(0) @binding(5) var<storage, read> t625: array<f32>;
@group(0) @binding(6) var<storage, read_write> t636: array<f32>;
@group(0) @binding(7) var<storage, read_write> t640: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k93o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x628: f32 = t628[col];
    let x632: f32 = t632[col];
    acc0_0 += x628;
    acc0_1 += x632;
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
    let x615: f32 = t615[0i];
    let l618: f32 = t617[0i];
    let v619: f32 = x615 + l618;
    let l622: f32 = t621[0i];
    let v623: f32 = v619 + l622;
    let l626: f32 = t625[0i];
    let v627: f32 = v623 + l626;
    let v631: f32 = v627 + r0_0;
    let v635: f32 = v631 + r0_1;
    let v636: f32 = sqrt(v635);
    t636[0i] = v636;
    let v638: f32 = v636 + 0.000001f;
    let v639: f32 = 1.0f / v638;
    let v640: f32 = min(v639, 1.0f);
    t640[0i] = v640;
  }
}
