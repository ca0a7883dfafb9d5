// kernel k143q_reduce
@group(0) @binding(0) var<storage, read> t843: array<f32>;
@group(0) @binding(1) var<storage, read> t847: array<f32>;
@group(0) @binding(2) var<storage, read> t825: array<f32>;
@group(0) @binding(3) var<storage, read> t828: array<f32>;
@group(0) @binding(4) var<storage, read> t832: array<f32>;
@group(0) @binding(5) var<storage, read> t836: array<f32>;
@group(0) @binding(6) var<storage, read> t840: array<f32>;
@group(0) @binding(7) var<storage, read_write> t850: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143q_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x843: f32 = t843[col];
    let x847: f32 = t847[col];
    acc0_0 += x843;
    acc0_1 += x847;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let l826: f32 = t825[0i];
    let l829: f32 = t828[0i];
    let v830: f32 = l826 + l829;
    let l833: f32 = t832[0i];
    let v834: f32 = v830 + l833;
    let l837: f32 = t836[0i];
    let v838: f32 = v834 + l837;
    let l841: f32 = t840[0i];
    let v842: f32 = v838 + l841;
    let v846: f32 = v842 + r0_0;
    let v850: f32 = v846 + r0_1;
    t850[0i] = v850;
  }
}
