// kernel k146_reduce
@group(0) @binding(0) var<storage, read> t682: array<f32>;
@group(0) @binding(1) var<storage, read> t97: array<f32>;
@group(0) @binding(2) var<storage, read> t783: array<f32>;
@group(0) @binding(3) var<storage, read_write> t687: array<f32>;
@group(0) @binding(4) var<storage, read_write> t787: array<f32>;
var<workgroup> partial0: array<f32, 16>;
var<workgroup> partial1: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k146_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l682: f32 = t682[row * 16i + col];
    let l97: f32 = t97[row * 16i + col];
    let v686: f32 = l682 * l97;
    let l783: f32 = t783[row * 16i + col];
    let v786: f32 = l783 * l97;
    acc0_0 += v686;
    acc0_1 += v786;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
    t687[row] = r0_0;
    t787[row] = r0_1;
  }
}
