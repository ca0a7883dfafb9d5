// kernel k121e_reduce
@group(0) @binding(0) var<storage, read> t534: array<f32>;
@group(0) @binding(1) var<storage, read> t532: array<f32>;
@group(0) @binding(2) var<storage, read> t539: array<f32>;
@group(0) @binding(3) var<storage, read> t543: array<f32>;
@group(0) @binding(4) var<storage, read> t547: array<f32>;
@group(0) @binding(5) var<storage, read> t551: array<f32>;
@group(0) @binding(6) var<storage, read> t555: array<f32>;
@group(0) @binding(7) var<storage, read_write> t557: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x534: f32 = t534[col];
    acc0_0 += x534;
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
    let l533: f32 = t532[0i];
    let v537: f32 = l533 + r0_0;
    let l540: f32 = t539[0i];
    let v541: f32 = v537 + l540;
    let l544: f32 = t543[0i];
    let v545: f32 = v541 + l544;
    let l548: f32 = t547[0i];
    let v549: f32 = v545 + l548;
    let l552: f32 = t551[0i];
    let v553: f32 = v549 + l552;
    let l556: f32 = t555[0i];
    let v557: f32 = v553 + l556;
    t557[0i] = v557;
  }
}
