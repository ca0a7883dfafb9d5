// kernel k155m_reduce
@group(0) @binding(0) var<storage, read> t704: array<f32>;
@group(0) @binding(1) var<storage, read> t721_rows: array<f32>;
@group(0) @binding(2) var<storage, read> t725_rows: array<f32>;
@group(0) @binding(3) var<storage, read> t703: array<f32>;
@group(0) @binding(4) var<storage, read> t709: array<f32>;
@group(0) @binding(5) var<storage, read> t713: array<f32>;
@group(0) @binding(6) var<storage, read> t717: array<f32>;
@group(0) @binding(7) var<storage, read_write> t727: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155m_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x704: f32 = t704[col];
    let part: f32 = t721_rows[col];
    let part_1: f32 = t725_rows[col];
    acc0_0 += x704;
    acc0_1 += part;
    acc0_2 += part_1;
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
    let x703: f32 = t703[0i];
    let v707: f32 = x703 + r0_0;
    let l710: f32 = t709[0i];
    let v711: f32 = v707 + l710;
    let l714: f32 = t713[0i];
    let v715: f32 = v711 + l714;
    let l718: f32 = t717[0i];
    let v719: f32 = v715 + l718;
    let v723: f32 = v719 + r0_1;
    let v727: f32 = v723 + r0_2;
    t727[0i] = v727;
  }
}
