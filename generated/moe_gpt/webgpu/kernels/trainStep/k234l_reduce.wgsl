// kernel k234l_reduce
@group(0) @binding(0) var<storage, read> t1099: array<f32>;
@group(0) @binding(1) var<storage, read> t1090: array<f32>;
@group(0) @binding(2) var<storage, read> t1092: array<f32>;
@group(0) @binding(3) var<storage, read> t1096: array<f32>;
@group(0) @binding(4) var<storage, read> t1104: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1107: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1111: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1099: f32 = t1099[col];
    acc0_0 += x1099;
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
    let x1090: f32 = t1090[0i];
    let l1093: f32 = t1092[0i];
    let v1094: f32 = x1090 + l1093;
    let l1097: f32 = t1096[0i];
    let v1098: f32 = v1094 + l1097;
    let v1102: f32 = v1098 + r0_0;
    let l1105: f32 = t1104[0i];
    let v1106: f32 = v1102 + l1105;
    let v1107: f32 = sqrt(v1106);
    t1107[0i] = v1107;
    let v1109: f32 = v1107 + 0.000001f;
    let v1110: f32 = 1.0f / v1109;
    let v1111: f32 = min(v1110, 1.0f);
    t1111[0i] = v1111;
  }
}
