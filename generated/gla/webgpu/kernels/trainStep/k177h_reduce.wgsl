// kernel k177h_reduce
@group(0) @binding(0) var<storage, read> t850: array<f32>;
@group(0) @binding(1) var<storage, read> t829: array<f32>;
@group(0) @binding(2) var<storage, read> t831: array<f32>;
@group(0) @binding(3) var<storage, read> t835: array<f32>;
@group(0) @binding(4) var<storage, read> t839: array<f32>;
@group(0) @binding(5) var<storage, read> t843: array<f32>;
@group(0) @binding(6) var<storage, read> t847: array<f32>;
@group(0) @binding(7) var<storage, read_write> t853: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x850: f32 = t850[col];
    acc0_0 += x850;
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
    let x829: f32 = t829[0i];
    let l832: f32 = t831[0i];
    let v833: f32 = x829 + l832;
    let l836: f32 = t835[0i];
    let v837: f32 = v833 + l836;
    let l840: f32 = t839[0i];
    let v841: f32 = v837 + l840;
    let l844: f32 = t843[0i];
    let v845: f32 = v841 + l844;
    let l848: f32 = t847[0i];
    let v849: f32 = v845 + l848;
    let v853: f32 = v849 + r0_0;
    t853[0i] = v853;
  }
}
