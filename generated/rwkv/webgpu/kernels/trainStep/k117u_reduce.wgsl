// kernel k117u_reduce
@group(0) @binding(0) var<storage, read> t829: array<f32>;
@group(0) @binding(1) var<storage, read> t833: array<f32>;
@group(0) @binding(2) var<storage, read> t837: array<f32>;
@group(0) @binding(3) var<storage, read> t828: array<f32>;
@group(0) @binding(4) var<storage, read> t842: array<f32>;
@group(0) @binding(5) var<storage, read> t846: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t852: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117u_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x829: f32 = t829[col];
    let x833: f32 = t833[col];
    let x837: f32 = t837[col];
    acc0_0 += x829;
    acc0_1 += x833;
    acc0_2 += x837;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let x828: f32 = t828[0i];
    let v832: f32 = x828 + r0_0;
    let v836: f32 = v832 + r0_1;
    let v840: f32 = v836 + r0_2;
    let l843: f32 = t842[0i];
    let v844: f32 = v840 + l843;
    let l847: f32 = t846[0i];
    let v848: f32 = v844 + l847;
    let l851: f32 = t850[0i];
    let v852: f32 = v848 + l851;
    t852[0i] = v852;
  }
}
