// kernel k122_reduce
@group(0) @binding(0) var<storage, read> t747: array<f32>;
@group(0) @binding(1) var<storage, read> t76: array<f32>;
@group(0) @binding(2) var<storage, read> t81: array<f32>;
@group(0) @binding(3) var<storage, read_write> t762: array<f32>;
@group(0) @binding(4) var<storage, read_write> t765: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k122_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l747: f32 = t747[row * 64i + col];
    let l76: f32 = t76[row * 64i + col];
    let v752: f32 = l747 * l76;
    acc0_0 += v752;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l747_1: f32 = t747[row * 64i + col_1];
    let l82: f32 = t81[row];
    let v751: f32 = l747_1 * l82;
    let l81: f32 = t81[row];
    let v754: f32 = l81 * l81;
    let v755: f32 = l81 * v754;
    let v756: f32 = v755 * -0.5f;
    let v757: f32 = r0_0 * v756;
    let v758: f32 = v757 * 0.015625f;
    let l76_1: f32 = t76[row * 64i + col_1];
    let v760: f32 = v758 * l76_1;
    let v761: f32 = v751 + v760;
    let v762: f32 = v761 + v760;
    let v763: f32 = -v762;
    t762[row * 64i + col_1] = v762;
    acc1_0 += v763;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v765: f32 = r1_0 * 0.015625f;
    t765[row] = v765;
  }
}
