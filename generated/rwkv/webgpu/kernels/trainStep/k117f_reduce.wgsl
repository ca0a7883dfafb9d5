// kernel k117f_reduce
@group(0) @binding(0) var<storage, read> t584: array<f32>;
@group(0) @binding(1) var<storage, read> t82: array<f32>;
@group(0) @binding(2) var<storage, read> t80: array<f32>;
@group(0) @binding(3) var<storage, read> t622: array<f32>;
@group(0) @binding(4) var<storage, read_write> t590: array<f32>;
@group(0) @binding(5) var<storage, read_write> t593: array<f32>;
@group(0) @binding(6) var<storage, read_write> t628: array<f32>;
@group(0) @binding(7) var<storage, read_write> t631: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
var<workgroup> partial3: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k117f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l584: f32 = t584[row + col * 64i];
    let l83: f32 = t82[row + col / 64i * 4160i + col % 64i * 64i];
    let v587: f32 = l584 * l83;
    let l80: f32 = t80[row + col * 64i];
    let v592: f32 = l584 * l80;
    let l622: f32 = t622[row + col * 64i];
    let v625: f32 = l622 * l83;
    let v630: f32 = l622 * l80;
    acc0_0 += v587;
    acc0_1 += v592;
    acc0_2 += v625;
    acc0_3 += v630;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  partial3[lid] = acc0_3;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
    partial2[lid] = partial2[lid] + partial2[lid + 128i];
    partial3[lid] = partial3[lid] + partial3[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
    partial2[lid] = partial2[lid] + partial2[lid + 64i];
    partial3[lid] = partial3[lid] + partial3[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
    partial3[lid] = partial3[lid] + partial3[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
    partial3[lid] = partial3[lid] + partial3[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
    partial3[lid] = partial3[lid] + partial3[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
    partial3[lid] = partial3[lid] + partial3[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
    partial3[lid] = partial3[lid] + partial3[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
    partial3[lid] = partial3[lid] + partial3[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  let r0_3: f32 = partial3[0i];
  if (lid == 0i) {
    let v590: f32 = -r0_0;
    t590[row] = v590;
    t593[row] = r0_1;
    let v628: f32 = -r0_2;
    t628[row] = v628;
    t631[row] = r0_3;
  }
}
