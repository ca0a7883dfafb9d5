// kernel k121h_reduce
@group(0) @binding(0) var<storage, read> t640: array<f32>;
@group(0) @binding(1) var<storage, read> t639: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t648: array<f32>;
@group(0) @binding(4) var<storage, read_write> t652: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x640: f32 = t640[col];
    acc0_0 += x640;
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
    let x639: f32 = t639[0i];
    let v643: f32 = x639 + r0_0;
    let l646: f32 = t645[0i];
    let v647: f32 = v643 + l646;
    let v648: f32 = sqrt(v647);
    t648[0i] = v648;
    let v650: f32 = v648 + 0.000001f;
    let v651: f32 = 1.0f / v650;
    let v652: f32 = min(v651, 1.0f);
    t652[0i] = v652;
  }
}
