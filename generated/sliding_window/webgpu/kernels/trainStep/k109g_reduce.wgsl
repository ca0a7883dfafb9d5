// kernel k109g_reduce
@group(0) @binding(0) var<storage, read> t546: array<f32>;
@group(0) @binding(1) var<storage, read> t537: array<f32>;
@group(0) @binding(2) var<storage, read> t539: array<f32>;
@group(0) @binding(3) var<storage, read> t543: array<f32>;
@group(0) @binding(4) var<storage, read> t551: array<f32>;
@group(0) @binding(5) var<storage, read> t555: array<f32>;
@group(0) @binding(6) var<storage, read> t559: array<f32>;
@group(0) @binding(7) var<storage, read_write> t561: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x546: f32 = t546[col];
    acc0_0 += x546;
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
    let x537: f32 = t537[0i];
    let l540: f32 = t539[0i];
    let v541: f32 = x537 + l540;
    let l544: f32 = t543[0i];
    let v545: f32 = v541 + l544;
    let v549: f32 = v545 + r0_0;
    let l552: f32 = t551[0i];
    let v553: f32 = v549 + l552;
    let l556: f32 = t555[0i];
    let v557: f32 = v553 + l556;
    let l560: f32 = t559[0i];
    let v561: f32 = v557 + l560;
    t561[0i] = v561;
  }
}
