// kernel k143t_reduce
@group(0) @binding(0) var<storage, read> t915: array<f32>;
@group(0) @binding(1) var<storage, read> t919: array<f32>;
@group(0) @binding(2) var<storage, read> t898: array<f32>;
@group(0) @binding(3) var<storage, read> t900: array<f32>;
@group(0) @binding(4) var<storage, read> t904: array<f32>;
@group(0) @binding(5) var<storage, read> t908: array<f32>;
@group(0) @binding(6) var<storage, read> t912: array<f32>;
@group(0) @binding(7) var<storage, read_write> t922: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143t_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x915: f32 = t915[col];
    let x919: f32 = t919[col];
    acc0_0 += x915;
    acc0_1 += x919;
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
    let x898: f32 = t898[0i];
    let l901: f32 = t900[0i];
    let v902: f32 = x898 + l901;
    let l905: f32 = t904[0i];
    let v906: f32 = v902 + l905;
    let l909: f32 = t908[0i];
    let v910: f32 = v906 + l909;
    let l913: f32 = t912[0i];
    let v914: f32 = v910 + l913;
    let v918: f32 = v914 + r0_0;
    let v922: f32 = v918 + r0_1;
    t922[0i] = v922;
  }
}
