// kernel k143r_reduce
@group(0) @binding(0) var<storage, read> t851: array<f32>;
@group(0) @binding(1) var<storage, read> t855: array<f32>;
@group(0) @binding(2) var<storage, read> t859: array<f32>;
@group(0) @binding(3) var<storage, read> t850: array<f32>;
@group(0) @binding(4) var<storage, read> t864: array<f32>;
@group(0) @binding(5) var<storage, read> t868: array<f32>;
@group(0) @binding(6) var<storage, read> t872: array<f32>;
@group(0) @binding(7) var<storage, read_write> t874: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143r_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x851: f32 = t851[col];
    let x855: f32 = t855[col];
    let x859: f32 = t859[col];
    acc0_0 += x851;
    acc0_1 += x855;
    acc0_2 += x859;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let x850: f32 = t850[0i];
    let v854: f32 = x850 + r0_0;
    let v858: f32 = v854 + r0_1;
    let v862: f32 = v858 + r0_2;
    let l865: f32 = t864[0i];
    let v866: f32 = v862 + l865;
    let l869: f32 = t868[0i];
    let v870: f32 = v866 + l869;
    let l873: f32 = t872[0i];
    let v874: f32 = v870 + l873;
    t874[0i] = v874;
  }
}
