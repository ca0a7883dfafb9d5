// kernel k313k_reduce
@group(0) @binding(0) var<storage, read> t1561: array<f32>;
@group(0) @binding(1) var<storage, read> t1560: array<f32>;
@group(0) @binding(2) var<storage, read> t1566: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1569: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1573: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k313k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1561: f32 = t1561[col];
    acc0_0 += x1561;
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
    let x1560: f32 = t1560[0i];
    let v1564: f32 = x1560 + r0_0;
    let l1567: f32 = t1566[0i];
    let v1568: f32 = v1564 + l1567;
    let v1569: f32 = sqrt(v1568);
    t1569[0i] = v1569;
    let v1571: f32 = v1569 + 0.000001f;
    let v1572: f32 = 1.0f / v1571;
    let v1573: f32 = min(v1572, 1.0f);
    t1573[0i] = v1573;
  }
}
