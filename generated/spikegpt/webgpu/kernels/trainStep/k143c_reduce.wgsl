// kernel k143c_reduce
@group(0) @binding(0) var<storage, read> t482: array<f32>;
@group(0) @binding(1) var<storage, read> t209: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read> t521: array<f32>;
@group(0) @binding(4) var<storage, read_write> t488: array<f32>;
@group(0) @binding(5) var<storage, read_write> t491: array<f32>;
@group(0) @binding(6) var<storage, read_write> t527: array<f32>;
@group(0) @binding(7) var<storage, read_write> t530: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
var<workgroup> partial3: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k143c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l482: f32 = t482[row + col * 64i];
    let l210: f32 = t209[row + col / 64i * 4160i + col % 64i * 64i];
    let v485: f32 = l482 * l210;
    let l208: f32 = t208[row + col * 64i];
    let v490: f32 = l482 * l208;
    let l521: f32 = t521[row + col * 64i];
    let v524: f32 = l521 * l210;
    let v529: f32 = l521 * l208;
    acc0_0 += v485;
    acc0_1 += v490;
    acc0_2 += v524;
    acc0_3 += v529;
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
    let v488: f32 = -r0_0;
    t488[row] = v488;
    t491[row] = r0_1;
    let v527: f32 = -r0_2;
    t527[row] = v527;
    t530[row] = r0_3;
  }
}
