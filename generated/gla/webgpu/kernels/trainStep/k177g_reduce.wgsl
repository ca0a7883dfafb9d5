// kernel k177g_reduce
@group(0) @binding(0) var<storage, read> t768: array<f32>;
@group(0) @binding(1) var<storage, read> t755: array<f32>;
@group(0) @binding(2) var<storage, read> t757: array<f32>;
@group(0) @binding(3) var<storage, read> t761: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read> t773: array<f32>;
@group(0) @binding(6) var<storage, read> t777: array<f32>;
@group(0) @binding(7) var<storage, read_write> t779: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x768: f32 = t768[col];
    acc0_0 += x768;
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
    let x755: f32 = t755[0i];
    let l758: f32 = t757[0i];
    let v759: f32 = x755 + l758;
    let l762: f32 = t761[0i];
    let v763: f32 = v759 + l762;
    let l766: f32 = t765[0i];
    let v767: f32 = v763 + l766;
    let v771: f32 = v767 + r0_0;
    let l774: f32 = t773[0i];
    let v775: f32 = v771 + l774;
    let l778: f32 = t777[0i];
    let v779: f32 = v775 + l778;
    t779[0i] = v779;
  }
}
