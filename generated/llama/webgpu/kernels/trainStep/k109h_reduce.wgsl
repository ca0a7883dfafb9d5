// kernel k109h_reduce
@group(0) @binding(0) var<storage, read> t560: array<f32>;
@group(0) @binding(1) var<storage, read> t559: array<f32>;
@group(0) @binding(2) var<storage, read> t565: array<f32>;
@group(0) @binding(3) var<storage, read_write> t568: array<f32>;
@group(0) @binding(4) var<storage, read_write> t572: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x560: f32 = t560[col];
    acc0_0 += x560;
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
    let x559: f32 = t559[0i];
    let v563: f32 = x559 + r0_0;
    let l566: f32 = t565[0i];
    let v567: f32 = v563 + l566;
    let v568: f32 = sqrt(v567);
    t568[0i] = v568;
    let v570: f32 = v568 + 0.000001f;
    let v571: f32 = 1.0f / v570;
    let v572: f32 = min(v571, 1.0f);
    t572[0i] = v572;
  }
}
