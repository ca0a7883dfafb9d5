// kernel k117s_reduce
@group(0) @binding(0) var<storage, read> t793: array<f32>;
@group(0) @binding(1) var<storage, read> t797: array<f32>;
@group(0) @binding(2) var<storage, read> t780: array<f32>;
@group(0) @binding(3) var<storage, read> t782: array<f32>;
@group(0) @binding(4) var<storage, read> t786: array<f32>;
@group(0) @binding(5) var<storage, read> t790: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t804: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117s_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x793: f32 = t793[col];
    let x797: f32 = t797[col];
    acc0_0 += x793;
    acc0_1 += x797;
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
    let x780: f32 = t780[0i];
    let l783: f32 = t782[0i];
    let v784: f32 = x780 + l783;
    let l787: f32 = t786[0i];
    let v788: f32 = v784 + l787;
    let l791: f32 = t790[0i];
    let v792: f32 = v788 + l791;
    let v796: f32 = v792 + r0_0;
    let v800: f32 = v796 + r0_1;
    let l803: f32 = t802[0i];
    let v804: f32 = v800 + l803;
    t804[0i] = v804;
  }
}
