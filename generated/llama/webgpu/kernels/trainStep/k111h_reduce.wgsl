// kernel k111h_reduce
@group(0) @binding(0) var<storage, read> t616: array<f32>;
@group(0) @binding(1) var<storage, read> t615: array<f32>;
@group(0) @binding(2) var<storage, read> t621: array<f32>;
@group(0) @binding(3) var<storage, read_write> t624: array<f32>;
@group(0) @binding(4) var<storage, read_write> t628: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x616: f32 = t616[col];
    acc0_0 += x616;
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
    let x615: f32 = t615[0i];
    let v619: f32 = x615 + r0_0;
    let l622: f32 = t621[0i];
    let v623: f32 = v619 + l622;
    let v624: f32 = sqrt(v623);
    t624[0i] = v624;
    let v626: f32 = v624 + 0.000001f;
    let v627: f32 = 1.0f / v626;
    let v628: f32 = min(v627, 1.0f);
    t628[0i] = v628;
  }
}
