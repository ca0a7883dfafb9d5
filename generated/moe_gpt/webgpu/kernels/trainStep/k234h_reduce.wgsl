// kernel k234h_reduce
@group(0) @binding(0) var<storage, read> t995: array<f32>;
@group(0) @binding(1) var<storage, read> t1015: array<f32>;
@group(0) @binding(2) var<storage, read> t993: array<f32>;
@group(0) @binding(3) var<storage, read> t1000: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read> t1008: array<f32>;
@group(0) @binding(6) var<storage, read> t1012: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1018: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x995: f32 = t995[col];
    let x1015: f32 = t1015[col];
    acc0_0 += x995;
    acc0_1 += x1015;
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
    let l994: f32 = t993[0i];
    let v998: f32 = l994 + r0_0;
    let l1001: f32 = t1000[0i];
    let v1002: f32 = v998 + l1001;
    let l1005: f32 = t1004[0i];
    let v1006: f32 = v1002 + l1005;
    let l1009: f32 = t1008[0i];
    let v1010: f32 = v1006 + l1009;
    let l1013: f32 = t1012[0i];
    let v1014: f32 = v1010 + l1013;
    let v1018: f32 = v1014 + r0_1;
    t1018[0i] = v1018;
  }
}
