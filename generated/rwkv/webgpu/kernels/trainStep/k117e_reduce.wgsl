// kernel k117e_reduce
@group(0) @binding(0) var<storage, read> t518: array<f32>;
@group(0) @binding(1) var<storage, read> t141: array<f32>;
@group(0) @binding(2) var<storage, read> t140: array<f32>;
@group(0) @binding(3) var<storage, read> t537: array<f32>;
@group(0) @binding(4) var<storage, read_write> t524: array<f32>;
@group(0) @binding(5) var<storage, read_write> t527: array<f32>;
@group(0) @binding(6) var<storage, read_write> t543: array<f32>;
@group(0) @binding(7) var<storage, read_write> t546: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
var<workgroup> partial3: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k117e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l518: f32 = t518[row + col * 64i];
    let l142: f32 = t141[row + col / 64i * 4160i + col % 64i * 64i];
    let v521: f32 = l518 * l142;
    let l140: f32 = t140[row + col * 64i];
    let v526: f32 = l518 * l140;
    let l537: f32 = t537[row + col * 64i];
    let v540: f32 = l537 * l142;
    let v545: f32 = l537 * l140;
    acc0_0 += v521;
    acc0_1 += v526;
    acc0_2 += v540;
    acc0_3 += v545;
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
    let v524: f32 = -r0_0;
    t524[row] = v524;
    t527[row] = r0_1;
    let v543: f32 = -r0_2;
    t543[row] = v543;
    t546[row] = r0_3;
  }
}
