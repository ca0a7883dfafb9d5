// kernel k236_reduce
@group(0) @binding(0) var<storage, read> t1196: array<f32>;
@group(0) @binding(1) var<storage, read> t149: array<f32>;
@group(0) @binding(2) var<storage, read> t1136: array<f32>;
@group(0) @binding(3) var<storage, read> t154: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1212: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k236_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1196: f32 = t1196[row * 64i + col];
    let l149: f32 = t149[row * 64i + col];
    let v1201: f32 = l1196 * l149;
    acc0_0 += v1201;
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
    let l1136: f32 = t1136[row * 64i + col_1];
    let l1196_1: f32 = t1196[row * 64i + col_1];
    let l155: f32 = t154[row];
    let v1200: f32 = l1196_1 * l155;
    let v1210: f32 = l1136 + v1200;
    let l154: f32 = t154[row];
    let v1203: f32 = l154 * l154;
    let v1204: f32 = l154 * v1203;
    let v1205: f32 = v1204 * -0.5f;
    let v1206: f32 = r0_0 * v1205;
    let v1207: f32 = v1206 * 0.015625f;
    let l149_1: f32 = t149[row * 64i + col_1];
    let v1209: f32 = v1207 * l149_1;
    let v1211: f32 = v1210 + v1209;
    let v1212: f32 = v1211 + v1209;
    t1212[row * 64i + col_1] = v1212;
  }
}
