// kernel k147h_reduce
@group(0) @binding(0) var<storage, read> t738: array<f32>;
@group(0) @binding(1) var<storage, read> t729: array<f32>;
@group(0) @binding(2) var<storage, read> t731: array<f32>;
@group(0) @binding(3) var<storage, read> t735: array<f32>;
@group(0) @binding(4) var<storage, read> t743: array<f32>;
@group(0) @binding(5) var<storage, read> t747: array<f32>;
@group(0) @binding(6) var<storage, read> t751: array<f32>;
@group(0) @binding(7) var<storage, read_write> t753: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x738: f32 = t738[col];
    acc0_0 += x738;
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
    let x729: f32 = t729[0i];
    let l732: f32 = t731[0i];
    let v733: f32 = x729 + l732;
    let l736: f32 = t735[0i];
    let v737: f32 = v733 + l736;
    let v741: f32 = v737 + r0_0;
    let l744: f32 = t743[0i];
    let v745: f32 = v741 + l744;
    let l748: f32 = t747[0i];
    let v749: f32 = v745 + l748;
    let l752: f32 = t751[0i];
    let v753: f32 = v749 + l752;
    t753[0i] = v753;
  }
}
