// kernel k195m_reduce
@group(0) @binding(0) var<storage, read> t930: array<f32>;
@group(0) @binding(1) var<storage, read> t938: array<f32>;
@group(0) @binding(2) var<storage, read> t946: array<f32>;
@group(0) @binding(3) var<storage, read> t929: array<f32>;
@group(0) @binding(4) var<storage, read> t935: array<f32>;
@group(0) @binding(5) var<storage, read> t943: array<f32>;
@group(0) @binding(6) var<storage, read> t951: array<f32>;
@group(0) @binding(7) var<storage, read_write> t953: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195m_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x930: f32 = t930[col];
    let x938: f32 = t938[col];
    let x946: f32 = t946[col];
    acc0_0 += x930;
    acc0_1 += x938;
    acc0_2 += x946;
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
    let x929: f32 = t929[0i];
    let v933: f32 = x929 + r0_0;
    let l936: f32 = t935[0i];
    let v937: f32 = v933 + l936;
    let v941: f32 = v937 + r0_1;
    let l944: f32 = t943[0i];
    let v945: f32 = v941 + l944;
    let v949: f32 = v945 + r0_2;
    let l952: f32 = t951[0i];
    let v953: f32 = v949 + l952;
    t953[0i] = v953;
  }
}
