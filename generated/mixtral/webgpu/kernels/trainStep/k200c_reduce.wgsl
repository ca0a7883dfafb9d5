// kernel k200c_reduce
@group(0) @binding(0) var<storage, read> t663: array<f32>;
@group(0) @binding(1) var<storage, read> t107: array<f32>;
@group(0) @binding(2) var<storage, read> t740: array<f32>;
@group(0) @binding(3) var<storage, read> t34: array<f32>;
@group(0) @binding(4) var<storage, read> t767: array<f32>;
@group(0) @binding(5) var<storage, read_write> t667: array<f32>;
@group(0) @binding(6) var<storage, read_write> t743: array<f32>;
@group(0) @binding(7) var<storage, read_write> t772: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k200c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l664: f32 = t663[row + col * 64i];
    let l107: f32 = t107[row + col * 64i];
    let v666: f32 = l664 * l107;
    let l740: f32 = t740[row + col * 64i];
    let l34: f32 = t34[row + col * 64i];
    let v742: f32 = l740 * l34;
    let l769: f32 = t767[row + col * 64i];
    let v771: f32 = l769 * l107;
    acc0_0 += v666;
    acc0_1 += v742;
    acc0_2 += v771;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
    partial2[lid] = partial2[lid] + partial2[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
    partial2[lid] = partial2[lid] + partial2[lid + 64i];
  }
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
    t667[row] = r0_0;
    t743[row] = r0_1;
    t772[row] = r0_2;
  }
}
