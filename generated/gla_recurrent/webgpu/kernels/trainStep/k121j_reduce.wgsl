// kernel k121j_reduce
@group(0) @binding(0) var<storage, read> t654: array<f32>;
@group(0) @binding(1) var<storage, read> t653: array<f32>;
@group(0) @binding(2) var<storage, read> t659: array<f32>;
@group(0) @binding(3) var<storage, read_write> t662: array<f32>;
@group(0) @binding(4) var<storage, read_write> t666: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x654: f32 = t654[col];
    acc0_0 += x654;
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
    let x653: f32 = t653[0i];
    let v657: f32 = x653 + r0_0;
    let l660: f32 = t659[0i];
    let v661: f32 = v657 + l660;
    let v662: f32 = sqrt(v661);
    t662[0i] = v662;
    let v664: f32 = v662 + 0.000001f;
    let v665: f32 = 1.0f / v664;
    let v666: f32 = min(v665, 1.0f);
    t666[0i] = v666;
  }
}
