// kernel k125j_reduce
@group(0) @binding(0) var<storage, read> t724: array<f32>;
@group(0) @binding(1) var<storage, read> t728: array<f32>;
@group(0) @binding(2) var<storage, read> t719: array<f32>;
@group(0) @binding(3) var<storage, read> t721: array<f32>;
@group(0) @binding(4) var<storage, read_write> t732: array<f32>;
@group(0) @binding(5) var<storage, read_write> t736: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k125j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x724: f32 = t724[col];
    let x728: f32 = t728[col];
    acc0_0 += x724;
    acc0_1 += x728;
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
    let x719: f32 = t719[0i];
    let l722: f32 = t721[0i];
    let v723: f32 = x719 + l722;
    let v727: f32 = v723 + r0_0;
    let v731: f32 = v727 + r0_1;
    let v732: f32 = sqrt(v731);
    t732[0i] = v732;
    let v734: f32 = v732 + 0.000001f;
    let v735: f32 = 1.0f / v734;
    let v736: f32 = min(v735, 1.0f);
    t736[0i] = v736;
  }
}
