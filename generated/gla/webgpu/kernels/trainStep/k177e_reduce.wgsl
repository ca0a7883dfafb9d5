// kernel k177e_reduce
@group(0) @binding(0) var<storage, read> t708: array<f32>;
@group(0) @binding(1) var<storage, read> t706: array<f32>;
@group(0) @binding(2) var<storage, read> t713: array<f32>;
@group(0) @binding(3) var<storage, read> t717: array<f32>;
@group(0) @binding(4) var<storage, read> t721: array<f32>;
@group(0) @binding(5) var<storage, read> t725: array<f32>;
@group(0) @binding(6) var<storage, read> t729: array<f32>;
@group(0) @binding(7) var<storage, read_write> t731: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x708: f32 = t708[col];
    acc0_0 += x708;
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
    let l707: f32 = t706[0i];
    let v711: f32 = l707 + r0_0;
    let l714: f32 = t713[0i];
    let v715: f32 = v711 + l714;
    let l718: f32 = t717[0i];
    let v719: f32 = v715 + l718;
    let l722: f32 = t721[0i];
    let v723: f32 = v719 + l722;
    let l726: f32 = t725[0i];
    let v727: f32 = v723 + l726;
    let l730: f32 = t729[0i];
    let v731: f32 = v727 + l730;
    t731[0i] = v731;
  }
}
