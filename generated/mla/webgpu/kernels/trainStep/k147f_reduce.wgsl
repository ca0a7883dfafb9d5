// kernel k147f_reduce
@group(0) @binding(0) var<storage, read> t690: array<f32>;
@group(0) @binding(1) var<storage, read> t681: array<f32>;
@group(0) @binding(2) var<storage, read> t683: array<f32>;
@group(0) @binding(3) var<storage, read> t687: array<f32>;
@group(0) @binding(4) var<storage, read> t695: array<f32>;
@group(0) @binding(5) var<storage, read> t699: array<f32>;
@group(0) @binding(6) var<storage, read> t703: array<f32>;
@group(0) @binding(7) var<storage, read_write> t705: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x690: f32 = t690[col];
    acc0_0 += x690;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let x681: f32 = t681[0i];
    let l684: f32 = t683[0i];
    let v685: f32 = x681 + l684;
    let l688: f32 = t687[0i];
    let v689: f32 = v685 + l688;
    let v693: f32 = v689 + r0_0;
    let l696: f32 = t695[0i];
    let v697: f32 = v693 + l696;
    let l700: f32 = t699[0i];
    let v701: f32 = v697 + l700;
    let l704: f32 = t703[0i];
    let v705: f32 = v701 + l704;
    t705[0i] = v705;
  }
}
