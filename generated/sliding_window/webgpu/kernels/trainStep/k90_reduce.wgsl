// kernel k90_reduce
@group(0) @binding(0) var<storage, read> t448: array<f32>;
@group(0) @binding(1) var<storage, read> t23: array<f32>;
@group(0) @binding(2) var<storage, read> t30: array<f32>;
@group(0) @binding(3) var<storage, read_write> t459: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k90_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l448: f32 = t448[row * 64i + col];
    let l23: f32 = t23[row * 64i + col];
    let v453: f32 = l448 * l23;
    acc0_0 += v453;
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
    let l30: f32 = t30[row];
    let v455: f32 = l30 * l30;
    let v456: f32 = l30 * v455;
    let v457: f32 = v456 * -0.5f;
    let v458: f32 = r0_0 * v457;
    let v459: f32 = v458 * 0.015625f;
    t459[row] = v459;
  }
}
