// kernel k200b_reduce
@group(0) @binding(0) var<storage, read> t504: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t532: array<f32>;
@group(0) @binding(3) var<storage, read> t248: array<f32>;
@group(0) @binding(4) var<storage, read> t605: array<f32>;
@group(0) @binding(5) var<storage, read_write> t507: array<f32>;
@group(0) @binding(6) var<storage, read_write> t537: array<f32>;
@group(0) @binding(7) var<storage, read_write> t608: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
var<workgroup> partial2: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k200b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l504: f32 = t504[row + col * 64i];
    let l195: f32 = t195[row + col * 64i];
    let v506: f32 = l504 * l195;
    let l534: f32 = t532[row + col * 64i];
    let l248: f32 = t248[row + col * 64i];
    let v536: f32 = l534 * l248;
    let l605: f32 = t605[row + col * 64i];
    let v607: f32 = l605 * l195;
    acc0_0 += v506;
    acc0_1 += v536;
    acc0_2 += v607;
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
    t507[row] = r0_0;
    t537[row] = r0_1;
    t608[row] = r0_2;
  }
}
