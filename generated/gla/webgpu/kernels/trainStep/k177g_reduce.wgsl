// kernel k177g_reduce
@group(0) @binding(0) var<storage, read> t818: array<f32>;
@group(0) @binding(1) var<storage, read> t805: array<f32>;
@group(0) @binding(2) var<storage, read> t807: array<f32>;
@group(0) @binding(3) var<storage, read> t811: array<f32>;
@group(0) @binding(4) var<storage, read> t815: array<f32>;
@group(0) @binding(5) var<storage, read> t823: array<f32>;
@group(0) @binding(6) var<storage, read> t827: array<f32>;
@group(0) @binding(7) var<storage, read_write> t829: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x818: f32 = t818[col];
    acc0_0 += x818;
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
    let x805: f32 = t805[0i];
    let l808: f32 = t807[0i];
    let v809: f32 = x805 + l808;
    let l812: f32 = t811[0i];
    let v813: f32 = v809 + l812;
    let l816: f32 = t815[0i];
    let v817: f32 = v813 + l816;
    let v821: f32 = v817 + r0_0;
    let l824: f32 = t823[0i];
    let v825: f32 = v821 + l824;
    let l828: f32 = t827[0i];
    let v829: f32 = v825 + l828;
    t829[0i] = v829;
  }
}
