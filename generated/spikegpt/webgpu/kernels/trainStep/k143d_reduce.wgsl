// kernel k143d_reduce
@group(0) @binding(0) var<storage, read> t532: array<f32>;
@group(0) @binding(1) var<storage, read> t209: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read_write> t538: array<f32>;
@group(0) @binding(4) var<storage, read_write> t541: array<f32>;
@group(0) @binding(5) var<storage, read> t512: array<f32>;
@group(0) @binding(6) var<storage, read> t211: array<f32>;
@group(0) @binding(7) var<storage, read_write> t543: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k143d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l532: f32 = t532[row + col * 64i];
    let l210: f32 = t209[row + col / 64i * 4160i + col % 64i * 64i];
    let v535: f32 = l532 * l210;
    let l208: f32 = t208[row + col * 64i];
    let v540: f32 = l532 * l208;
    acc0_0 += v535;
    acc0_1 += v540;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
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
    let v538: f32 = -r0_0;
    t538[row] = v538;
    t541[row] = r0_1;
    let l518: f32 = t512[134208i + row];
    let l211: f32 = t211[row];
    let v543: f32 = l518 * l211;
    t543[row] = v543;
  }
}
