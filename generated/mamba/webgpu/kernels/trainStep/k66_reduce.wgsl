// kernel k66_reduce
@group(0) @binding(0) var<storage, read> t423: array<f32>;
@group(0) @binding(1) var<storage, read> t25: array<f32>;
@group(0) @binding(2) var<storage, read> t32: array<f32>;
@group(0) @binding(3) var<storage, read_write> t434: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k66_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l423: f32 = t423[row * 64i + col];
    let l25: f32 = t25[row * 64i + col];
    let v428: f32 = l423 * l25;
    acc0_0 += v428;
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
    let l32: f32 = t32[row];
    let v430: f32 = l32 * l32;
    let v431: f32 = l32 * v430;
    let v432: f32 = v431 * -0.5f;
    let v433: f32 = r0_0 * v432;
    let v434: f32 = v433 * 0.015625f;
    t434[row] = v434;
  }
}
