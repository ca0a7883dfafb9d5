// kernel k234k_reduce
@group(0) @binding(0) var<storage, read> t1067: array<f32>;
@group(0) @binding(1) var<storage, read> t1066: array<f32>;
@group(0) @binding(2) var<storage, read> t1072: array<f32>;
@group(0) @binding(3) var<storage, read> t1076: array<f32>;
@group(0) @binding(4) var<storage, read> t1080: array<f32>;
@group(0) @binding(5) var<storage, read> t1084: array<f32>;
@group(0) @binding(6) var<storage, read> t1088: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1090: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1067: f32 = t1067[col];
    acc0_0 += x1067;
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
    let x1066: f32 = t1066[0i];
    let v1070: f32 = x1066 + r0_0;
    let l1073: f32 = t1072[0i];
    let v1074: f32 = v1070 + l1073;
    let l1077: f32 = t1076[0i];
    let v1078: f32 = v1074 + l1077;
    let l1081: f32 = t1080[0i];
    let v1082: f32 = v1078 + l1081;
    let l1085: f32 = t1084[0i];
    let v1086: f32 = v1082 + l1085;
    let l1089: f32 = t1088[0i];
    let v1090: f32 = v1086 + l1089;
    t1090[0i] = v1090;
  }
}
