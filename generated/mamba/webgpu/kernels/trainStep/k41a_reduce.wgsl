// kernel k41a_reduce
@group(0) @binding(0) var<storage, read> t278: array<f32>;
@group(0) @binding(1) var<storage, read> t105: array<f32>;
@group(0) @binding(2) var<storage, read_write> t281: array<f32>;
@group(0) @binding(3) var<storage, read_write> t287: array<f32>;
@group(0) @binding(4) var<storage, read_write> t293: array<f32>;
@group(0) @binding(5) var<storage, read_write> t297: array<f32>;
@group(0) @binding(6) var<storage, read_write> t301: array<f32>;
@group(0) @binding(7) var<storage, read_write> t522: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
var<workgroup> partial3: array<f32, 256>;
var<workgroup> partial4: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k41a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  var acc0_4: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l278: f32 = t278[row + col * 128i];
    let l126: f32 = t105[384i + row + col / 64i * 8576i + col % 64i * 128i];
    let v280: f32 = l278 * l126;
    let l120: f32 = t105[256i + row + col / 64i * 8576i + col % 64i * 128i];
    let v286: f32 = l278 * l120;
    let l114: f32 = t105[128i + row + col / 64i * 8576i + col % 64i * 128i];
    let v292: f32 = l278 * l114;
    let l106: f32 = t105[row + col / 64i * 8576i + col % 64i * 128i];
    let v300: f32 = l278 * l106;
    acc0_0 += v280;
    acc0_1 += v286;
    acc0_2 += v292;
    acc0_3 += l278;
    acc0_4 += v300;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  partial3[lid] = acc0_3;
  partial4[lid] = acc0_4;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
    partial2[lid] = partial2[lid] + partial2[lid + 128i];
    partial3[lid] = partial3[lid] + partial3[lid + 128i];
    partial4[lid] = partial4[lid] + partial4[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
    partial2[lid] = partial2[lid] + partial2[lid + 64i];
    partial3[lid] = partial3[lid] + partial3[lid + 64i];
    partial4[lid] = partial4[lid] + partial4[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
    partial3[lid] = partial3[lid] + partial3[lid + 32i];
    partial4[lid] = partial4[lid] + partial4[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
    partial3[lid] = partial3[lid] + partial3[lid + 16i];
    partial4[lid] = partial4[lid] + partial4[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
    partial3[lid] = partial3[lid] + partial3[lid + 8i];
    partial4[lid] = partial4[lid] + partial4[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
    partial3[lid] = partial3[lid] + partial3[lid + 4i];
    partial4[lid] = partial4[lid] + partial4[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
    partial3[lid] = partial3[lid] + partial3[lid + 2i];
    partial4[lid] = partial4[lid] + partial4[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
    partial3[lid] = partial3[lid] + partial3[lid + 1i];
    partial4[lid] = partial4[lid] + partial4[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  let r0_3: f32 = partial3[0i];
  let r0_4: f32 = partial4[0i];
  if (lid == 0i) {
    t281[row] = r0_0;
    t287[row] = r0_1;
    t293[row] = r0_2;
    t297[row] = r0_3;
    t301[row] = r0_4;
    let v522: f32 = r0_3 * r0_3;
    t522[row] = v522;
  }
}
