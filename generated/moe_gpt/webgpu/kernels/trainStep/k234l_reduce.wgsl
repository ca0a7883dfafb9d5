// kernel k234l_reduce
@group(0) @binding(0) var<storage, read> t1079: array<f32>;
@group(0) @binding(1) var<storage, read> t1070: array<f32>;
@group(0) @binding(2) var<storage, read> t1072: array<f32>;
@group(0) @binding(3) var<storage, read> t1076: array<f32>;
@group(0) @binding(4) var<storage, read> t1084: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1087: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1091: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1079: f32 = t1079[col];
    acc0_0 += x1079;
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
    let x1070: f32 = t1070[0i];
    let l1073: f32 = t1072[0i];
    let v1074: f32 = x1070 + l1073;
    let l1077: f32 = t1076[0i];
    let v1078: f32 = v1074 + l1077;
    let v1082: f32 = v1078 + r0_0;
    let l1085: f32 = t1084[0i];
    let v1086: f32 = v1082 + l1085;
    let v1087: f32 = sqrt(v1086);
    t1087[0i] = v1087;
    let v1089: f32 = v1087 + 0.000001f;
    let v1090: f32 = 1.0f / v1089;
    let v1091: f32 = min(v1090, 1.0f);
    t1091[0i] = v1091;
  }
}
