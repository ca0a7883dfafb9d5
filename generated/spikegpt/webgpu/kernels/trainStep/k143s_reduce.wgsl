// kernel k143s_reduce
@group(0) @binding(0) var<storage, read> t887: array<f32>;
@group(0) @binding(1) var<storage, read> t891: array<f32>;
@group(0) @binding(2) var<storage, read> t874: array<f32>;
@group(0) @binding(3) var<storage, read> t876: array<f32>;
@group(0) @binding(4) var<storage, read> t880: array<f32>;
@group(0) @binding(5) var<storage, read> t884: array<f32>;
@group(0) @binding(6) var<storage, read> t896: array<f32>;
@group(0) @binding(7) var<storage, read_write> t898: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143s_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x887: f32 = t887[col];
    let x891: f32 = t891[col];
    acc0_0 += x887;
    acc0_1 += x891;
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
    let x874: f32 = t874[0i];
    let l877: f32 = t876[0i];
    let v878: f32 = x874 + l877;
    let l881: f32 = t880[0i];
    let v882: f32 = v878 + l881;
    let l885: f32 = t884[0i];
    let v886: f32 = v882 + l885;
    let v890: f32 = v886 + r0_0;
    let v894: f32 = v890 + r0_1;
    let l897: f32 = t896[0i];
    let v898: f32 = v894 + l897;
    t898[0i] = v898;
  }
}
