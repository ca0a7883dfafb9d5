// kernel k109f_reduce
@group(0) @binding(0) var<storage, read> t534: array<f32>;
@group(0) @binding(1) var<storage, read> t521: array<f32>;
@group(0) @binding(2) var<storage, read> t523: array<f32>;
@group(0) @binding(3) var<storage, read> t527: array<f32>;
@group(0) @binding(4) var<storage, read> t531: array<f32>;
@group(0) @binding(5) var<storage, read> t539: array<f32>;
@group(0) @binding(6) var<storage, read> t543: array<f32>;
@group(0) @binding(7) var<storage, read_write> t545: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    let x521: f32 = t521[0i];
    let l524: f32 = t523[0i];
    let v525: f32 = x521 + l524;
    let l528: f32 = t527[0i];
    let v529: f32 = v525 + l528;
    let l532: f32 = t531[0i];
    let v533: f32 = v529 + l532;
    let v537: f32 = v533 + r0_0;
    let l540: f32 = t539[0i];
    let v541: f32 = v537 + l540;
    let l544: f32 = t543[0i];
    let v545: f32 = v541 + l544;
    t545[0i] = v545;
  }
}
