// kernel k147h_reduce
@group(0) @binding(0) var<storage, read> t728: array<f32>;
@group(0) @binding(1) var<storage, read> t719: array<f32>;
@group(0) @binding(2) var<storage, read> t721: array<f32>;
@group(0) @binding(3) var<storage, read> t725: array<f32>;
@group(0) @binding(4) var<storage, read> t733: array<f32>;
@group(0) @binding(5) var<storage, read> t737: array<f32>;
@group(0) @binding(6) var<storage, read> t741: array<f32>;
@group(0) @binding(7) var<storage, read_write> t743: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x728: f32 = t728[col];
    acc0_0 += x728;
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
    let x719: f32 = t719[0i];
    let l722: f32 = t721[0i];
    let v723: f32 = x719 + l722;
    let l726: f32 = t725[0i];
    let v727: f32 = v723 + l726;
    let v731: f32 = v727 + r0_0;
    let l734: f32 = t733[0i];
    let v735: f32 = v731 + l734;
    let l738: f32 = t737[0i];
    let v739: f32 = v735 + l738;
    let l742: f32 = t741[0i];
    let v743: f32 = v739 + l742;
    t743[0i] = v743;
  }
}
