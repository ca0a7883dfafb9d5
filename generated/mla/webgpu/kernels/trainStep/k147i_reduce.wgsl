// kernel k147i_reduce
@group(0) @binding(0) var<storage, read> t744: array<f32>;
@group(0) @binding(1) var<storage, read> t743: array<f32>;
@group(0) @binding(2) var<storage, read> t749: array<f32>;
@group(0) @binding(3) var<storage, read_write> t752: array<f32>;
@group(0) @binding(4) var<storage, read_write> t756: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x744: f32 = t744[col];
    acc0_0 += x744;
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
    let x743: f32 = t743[0i];
    let v747: f32 = x743 + r0_0;
    let l750: f32 = t749[0i];
    let v751: f32 = v747 + l750;
    let v752: f32 = sqrt(v751);
    t752[0i] = v752;
    let v754: f32 = v752 + 0.000001f;
    let v755: f32 = 1.0f / v754;
    let v756: f32 = min(v755, 1.0f);
    t756[0i] = v756;
  }
}
