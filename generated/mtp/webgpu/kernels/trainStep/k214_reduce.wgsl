// kernel k214_reduce
@group(0) @binding(0) var<storage, read> t1120: array<f32>;
@group(0) @binding(1) var<storage, read> t202: array<f32>;
@group(0) @binding(2) var<storage, read> t1104: array<f32>;
@group(0) @binding(3) var<storage, read> t207: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1136: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k214_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1120: f32 = t1120[row * 64i + col];
    let l202: f32 = t202[row * 64i + col];
    let v1125: f32 = l1120 * l202;
    acc0_0 += v1125;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l1104: f32 = t1104[row * 64i + col_1];
    let l1120_1: f32 = t1120[row * 64i + col_1];
    let l208: f32 = t207[row];
    let v1124: f32 = l1120_1 * l208;
    let v1134: f32 = l1104 + v1124;
    let l207: f32 = t207[row];
    let v1127: f32 = l207 * l207;
    let v1128: f32 = l207 * v1127;
    let v1129: f32 = v1128 * -0.5f;
    let v1130: f32 = r0_0 * v1129;
    let v1131: f32 = v1130 * 0.015625f;
    let l202_1: f32 = t202[row * 64i + col_1];
    let v1133: f32 = v1131 * l202_1;
    let v1135: f32 = v1134 + v1133;
    let v1136: f32 = v1135 + v1133;
    t1136[row * 64i + col_1] = v1136;
  }
}
