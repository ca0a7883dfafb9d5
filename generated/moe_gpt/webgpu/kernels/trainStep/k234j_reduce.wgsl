// kernel k234j_reduce
@group(0) @binding(0) var<storage, read> t1047: array<f32>;
@group(0) @binding(1) var<storage, read> t1042: array<f32>;
@group(0) @binding(2) var<storage, read> t1044: array<f32>;
@group(0) @binding(3) var<storage, read> t1052: array<f32>;
@group(0) @binding(4) var<storage, read> t1056: array<f32>;
@group(0) @binding(5) var<storage, read> t1060: array<f32>;
@group(0) @binding(6) var<storage, read> t1064: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1066: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1047: f32 = t1047[col];
    acc0_0 += x1047;
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
    let x1042: f32 = t1042[0i];
    let l1045: f32 = t1044[0i];
    let v1046: f32 = x1042 + l1045;
    let v1050: f32 = v1046 + r0_0;
    let l1053: f32 = t1052[0i];
    let v1054: f32 = v1050 + l1053;
    let l1057: f32 = t1056[0i];
    let v1058: f32 = v1054 + l1057;
    let l1061: f32 = t1060[0i];
    let v1062: f32 = v1058 + l1061;
    let l1065: f32 = t1064[0i];
    let v1066: f32 = v1062 + l1065;
    t1066[0i] = v1066;
  }
}
