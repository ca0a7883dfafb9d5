// kernel k234h_reduce
@group(0) @binding(0) var<storage, read> t975: array<f32>;
@group(0) @binding(1) var<storage, read> t995: array<f32>;
@group(0) @binding(2) var<storage, read> t973: array<f32>;
@group(0) @binding(3) var<storage, read> t980: array<f32>;
@group(0) @binding(4) var<storage, read> t984: array<f32>;
@group(0) @binding(5) var<storage, read> t988: array<f32>;
@group(0) @binding(6) var<storage, read> t992: array<f32>;
@group(0) @binding(7) var<storage, read_write> t998: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x975: f32 = t975[col];
    let x995: f32 = t995[col];
    acc0_0 += x975;
    acc0_1 += x995;
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
    let l974: f32 = t973[0i];
    let v978: f32 = l974 + r0_0;
    let l981: f32 = t980[0i];
    let v982: f32 = v978 + l981;
    let l985: f32 = t984[0i];
    let v986: f32 = v982 + l985;
    let l989: f32 = t988[0i];
    let v990: f32 = v986 + l989;
    let l993: f32 = t992[0i];
    let v994: f32 = v990 + l993;
    let v998: f32 = v994 + r0_1;
    t998[0i] = v998;
  }
}
