// kernel k120b_reduce
@group(0) @binding(0) var<storage, read> t744: array<f32>;
@group(0) @binding(1) var<storage, read> t83: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t747: array<f32>;
@group(0) @binding(4) var<storage, read_write> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t749: array<f32>;
@group(0) @binding(6) var<storage, read_write> t835: array<f32>;
@group(0) @binding(7) var<storage, read_write> t839: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k120b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x744: f32 = t744[row + col * 64i];
    let l83: f32 = t83[row + col * 64i];
    let v748: f32 = x744 * l83;
    let l85: f32 = p_blocks_0_ln1_g[row];
    let v747: f32 = x744 * l85;
    t747[row + col * 64i] = v747;
    acc0_0 += x744;
    acc0_1 += v748;
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
    t745[row] = r0_0;
    t749[row] = r0_1;
    let v835: f32 = r0_1 * r0_1;
    t835[row] = v835;
    let v839: f32 = r0_0 * r0_0;
    t839[row] = v839;
  }
}
