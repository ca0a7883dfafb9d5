// kernel k109h_reduce
@group(0) @binding(0) var<storage, read> t562: array<f32>;
@group(0) @binding(1) var<storage, read> t561: array<f32>;
@group(0) @binding(2) var<storage, read> t567: array<f32>;
@group(0) @binding(3) var<storage, read_write> t570: array<f32>;
@group(0) @binding(4) var<storage, read_write> t574: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x562: f32 = t562[col];
    acc0_0 += x562;
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
    let x561: f32 = t561[0i];
    let v565: f32 = x561 + r0_0;
    let l568: f32 = t567[0i];
    let v569: f32 = v565 + l568;
    let v570: f32 = sqrt(v569);
    t570[0i] = v570;
    let v572: f32 = v570 + 0.000001f;
    let v573: f32 = 1.0f / v572;
    let v574: f32 = min(v573, 1.0f);
    t574[0i] = v574;
  }
}
