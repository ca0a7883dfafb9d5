// kernel k25a_reduce
@group(0) @binding(0) var<storage, read> t739: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> in_step: array<f32>;
@group(0) @binding(3) var<storage, read_write> t741: array<f32>;
@group(0) @binding(4) var<storage, read_write> t760: array<f32>;
@group(0) @binding(5) var<storage, read> t765: array<f32>;
@group(0) @binding(6) var<storage, read> t769: array<f32>;
@group(0) @binding(7) var<storage, read_write> t775: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k25a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l739: f32 = t739[col];
    let v761: f32 = l739 * l739;
    let l609: f32 = t609[col];
    let v772: f32 = l609 * l609;
    acc0_0 += v761;
    acc0_1 += v772;
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
    let l740: f32 = in_step[0i];
    let v741: f32 = l740 + 1.0f;
    t741[0i] = v741;
    let v759: bool = l740 < 20.0f;
    let v743: f32 = v741 * 0.00015f;
    let v745: f32 = l740 - 20.0f;
    let v747: f32 = v745 / 980.0f;
    let v749: f32 = max(v747, 0.0f);
    let v750: f32 = min(v749, 1.0f);
    let v752: f32 = v750 * 3.1415927f;
    let v753: f32 = cos(v752);
    let v754: f32 = v753 + 1.0f;
    let v756: f32 = v754 * 0.00135f;
    let v758: f32 = v756 + 0.0003f;
    let v760: f32 = select(v758, v743, v759);
    t760[0i] = v760;
    let l766: f32 = t765[0i];
    let v767: f32 = r0_0 + l766;
    let l770: f32 = t769[0i];
    let v771: f32 = v767 + l770;
    let v775: f32 = v771 + r0_1;
    t775[0i] = v775;
  }
}
