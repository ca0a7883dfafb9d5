// kernel k143u_reduce
@group(0) @binding(0) var<storage, read> t923: array<f32>;
@group(0) @binding(1) var<storage, read> t927: array<f32>;
@group(0) @binding(2) var<storage, read> t931: array<f32>;
@group(0) @binding(3) var<storage, read> t922: array<f32>;
@group(0) @binding(4) var<storage, read> t936: array<f32>;
@group(0) @binding(5) var<storage, read> t940: array<f32>;
@group(0) @binding(6) var<storage, read> t944: array<f32>;
@group(0) @binding(7) var<storage, read_write> t946: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143u_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x923: f32 = t923[col];
    let x927: f32 = t927[col];
    let x931: f32 = t931[col];
    acc0_0 += x923;
    acc0_1 += x927;
    acc0_2 += x931;
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
    let x922: f32 = t922[0i];
    let v926: f32 = x922 + r0_0;
    let v930: f32 = v926 + r0_1;
    let v934: f32 = v930 + r0_2;
    let l937: f32 = t936[0i];
    let v938: f32 = v934 + l937;
    let l941: f32 = t940[0i];
    let v942: f32 = v938 + l941;
    let l945: f32 = t944[0i];
    let v946: f32 = v942 + l945;
    t946[0i] = v946;
  }
}
