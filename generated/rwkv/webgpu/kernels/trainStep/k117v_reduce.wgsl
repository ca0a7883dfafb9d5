// kernel k117v_reduce
@group(0) @binding(0) var<storage, read> t865: array<f32>;
@group(0) @binding(1) var<storage, read> t869: array<f32>;
@group(0) @binding(2) var<storage, read> t852: array<f32>;
@group(0) @binding(3) var<storage, read> t854: array<f32>;
@group(0) @binding(4) var<storage, read> t858: array<f32>;
@group(0) @binding(5) var<storage, read> t862: array<f32>;
@group(0) @binding(6) var<storage, read> t874: array<f32>;
@group(0) @binding(7) var<storage, read_write> t876: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117v_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x865: f32 = t865[col];
    let x869: f32 = t869[col];
    acc0_0 += x865;
    acc0_1 += x869;
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
    let x852: f32 = t852[0i];
    let l855: f32 = t854[0i];
    let v856: f32 = x852 + l855;
    let l859: f32 = t858[0i];
    let v860: f32 = v856 + l859;
    let l863: f32 = t862[0i];
    let v864: f32 = v860 + l863;
    let v868: f32 = v864 + r0_0;
    let v872: f32 = v868 + r0_1;
    let l875: f32 = t874[0i];
    let v876: f32 = v872 + l875;
    t876[0i] = v876;
  }
}
