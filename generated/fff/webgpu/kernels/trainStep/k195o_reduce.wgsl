// kernel k195o_reduce
@group(0) @binding(0) var<storage, read> t978: array<f32>;
@group(0) @binding(1) var<storage, read> t977: array<f32>;
@group(0) @binding(2) var<storage, read_write> t982: array<f32>;
@group(0) @binding(3) var<storage, read_write> t986: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x978: f32 = t978[col];
    acc0_0 += x978;
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
    let x977: f32 = t977[0i];
    let v981: f32 = x977 + r0_0;
    let v982: f32 = sqrt(v981);
    t982[0i] = v982;
    let v984: f32 = v982 + 0.000001f;
    let v985: f32 = 1.0f / v984;
    let v986: f32 = min(v985, 1.0f);
    t986[0i] = v986;
  }
}
