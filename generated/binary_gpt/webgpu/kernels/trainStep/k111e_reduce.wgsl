// kernel k111e_reduce
@group(0) @binding(0) var<storage, read> t533: array<f32>;
@group(0) @binding(1) var<storage, read> t527: array<f32>;
@group(0) @binding(2) var<storage, read> t530: array<f32>;
@group(0) @binding(3) var<storage, read> t538: array<f32>;
@group(0) @binding(4) var<storage, read> t542: array<f32>;
@group(0) @binding(5) var<storage, read> t546: array<f32>;
@group(0) @binding(6) var<storage, read> t550: array<f32>;
@group(0) @binding(7) var<storage, read_write> t552: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x533: f32 = t533[col];
    acc0_0 += x533;
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
    let l528: f32 = t527[0i];
    let l531: f32 = t530[0i];
    let v532: f32 = l528 + l531;
    let v536: f32 = v532 + r0_0;
    let l539: f32 = t538[0i];
    let v540: f32 = v536 + l539;
    let l543: f32 = t542[0i];
    let v544: f32 = v540 + l543;
    let l547: f32 = t546[0i];
    let v548: f32 = v544 + l547;
    let l551: f32 = t550[0i];
    let v552: f32 = v548 + l551;
    t552[0i] = v552;
  }
}
