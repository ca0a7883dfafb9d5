// kernel k195n_reduce
@group(0) @binding(0) var<storage, read> t958: array<f32>;
@group(0) @binding(1) var<storage, read> t962: array<f32>;
@group(0) @binding(2) var<storage, read> t974: array<f32>;
@group(0) @binding(3) var<storage, read> t953: array<f32>;
@group(0) @binding(4) var<storage, read> t955: array<f32>;
@group(0) @binding(5) var<storage, read> t967: array<f32>;
@group(0) @binding(6) var<storage, read> t971: array<f32>;
@group(0) @binding(7) var<storage, read_write> t977: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x958: f32 = t958[col];
    let x962: f32 = t962[col];
    let x974: f32 = t974[col];
    acc0_0 += x958;
    acc0_1 += x962;
    acc0_2 += x974;
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
    let x953: f32 = t953[0i];
    let l956: f32 = t955[0i];
    let v957: f32 = x953 + l956;
    let v961: f32 = v957 + r0_0;
    let v965: f32 = v961 + r0_1;
    let l968: f32 = t967[0i];
    let v969: f32 = v965 + l968;
    let l972: f32 = t971[0i];
    let v973: f32 = v969 + l972;
    let v977: f32 = v973 + r0_2;
    t977[0i] = v977;
  }
}
