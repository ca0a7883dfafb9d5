// kernel k83f_reduce
@group(0) @binding(0) var<storage, read> t550: array<f32>;
@group(0) @binding(1) var<storage, read> t541: array<f32>;
@group(0) @binding(2) var<storage, read> t543: array<f32>;
@group(0) @binding(3) var<storage, read> t547: array<f32>;
@group(0) @binding(4) var<storage, read> t555: array<f32>;
@group(0) @binding(5) var<storage, read_write> t558: array<f32>;
@group(0) @binding(6) var<storage, read_write> t562: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k83f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x550: f32 = t550[col];
    acc0_0 += x550;
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
    let x541: f32 = t541[0i];
    let l544: f32 = t543[0i];
    let v545: f32 = x541 + l544;
    let l548: f32 = t547[0i];
    let v549: f32 = v545 + l548;
    let v553: f32 = v549 + r0_0;
    let l556: f32 = t555[0i];
    let v557: f32 = v553 + l556;
    let v558: f32 = sqrt(v557);
    t558[0i] = v558;
    let v560: f32 = v558 + 0.000001f;
    let v561: f32 = 1.0f / v560;
    let v562: f32 = min(v561, 1.0f);
    t562[0i] = v562;
  }
}
