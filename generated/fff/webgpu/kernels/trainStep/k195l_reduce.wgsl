// kernel k195l_reduce
@group(0) @binding(0) var<storage, read> t906: array<f32>;
@group(0) @binding(1) var<storage, read> t918: array<f32>;
@group(0) @binding(2) var<storage, read> t922: array<f32>;
@group(0) @binding(3) var<storage, read> t905: array<f32>;
@group(0) @binding(4) var<storage, read> t911: array<f32>;
@group(0) @binding(5) var<storage, read> t915: array<f32>;
@group(0) @binding(6) var<storage, read> t927: array<f32>;
@group(0) @binding(7) var<storage, read_write> t929: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x906: f32 = t906[col];
    let x918: f32 = t918[col];
    let x922: f32 = t922[col];
    acc0_0 += x906;
    acc0_1 += x918;
    acc0_2 += x922;
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
    let x905: f32 = t905[0i];
    let v909: f32 = x905 + r0_0;
    let l912: f32 = t911[0i];
    let v913: f32 = v909 + l912;
    let l916: f32 = t915[0i];
    let v917: f32 = v913 + l916;
    let v921: f32 = v917 + r0_1;
    let v925: f32 = v921 + r0_2;
    let l928: f32 = t927[0i];
    let v929: f32 = v925 + l928;
    t929[0i] = v929;
  }
}
