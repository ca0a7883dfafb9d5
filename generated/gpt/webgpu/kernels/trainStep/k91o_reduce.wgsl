// kernel k91o_reduce
@group(0) @binding(0) var<storage, read> t624: array<f32>;
@group(0) @binding(1) var<storage, read> t628: array<f32>;
@group(0) @binding(2) var<storage, read> t611: array<f32>;
@group(0) @binding(3) var<storage, read> t613: array<f32>;
@group(0) @binding(4) var<storage, read> t617: array<f32>;
@group(0) @binding(5) var<storage, read> t621: array<f32>;
@group(0) @binding(6) var<storage, read_write> t632: array<f32>;
@group(0) @binding(7) var<storage, read_write> t636: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k91o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x624: f32 = t624[col];
    let x628: f32 = t628[col];
    acc0_0 += x624;
    acc0_1 += x628;
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
    let x611: f32 = t611[0i];
    let l614: f32 = t613[0i];
    let v615: f32 = x611 + l614;
    let l618: f32 = t617[0i];
    let v619: f32 = v615 + l618;
    let l622: f32 = t621[0i];
    let v623: f32 = v619 + l622;
    let v627: f32 = v623 + r0_0;
    let v631: f32 = v627 + r0_1;
    let v632: f32 = sqrt(v631);
    t632[0i] = v632;
    let v634: f32 = v632 + 0.000001f;
    let v635: f32 = 1.0f / v634;
    let v636: f32 = min(v635, 1.0f);
    t636[0i] = v636;
  }
}
