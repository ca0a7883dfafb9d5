// kernel k147g_reduce
@group(0) @binding(0) var<storage, read> t696: array<f32>;
@group(0) @binding(1) var<storage, read> t695: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read> t705: array<f32>;
@group(0) @binding(4) var<storage, read> t709: array<f32>;
@group(0) @binding(5) var<storage, read> t713: array<f32>;
@group(0) @binding(6) var<storage, read> t717: array<f32>;
@group(0) @binding(7) var<storage, read_write> t719: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x696: f32 = t696[col];
    acc0_0 += x696;
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
    let x695: f32 = t695[0i];
    let v699: f32 = x695 + r0_0;
    let l702: f32 = t701[0i];
    let v703: f32 = v699 + l702;
    let l706: f32 = t705[0i];
    let v707: f32 = v703 + l706;
    let l710: f32 = t709[0i];
    let v711: f32 = v707 + l710;
    let l714: f32 = t713[0i];
    let v715: f32 = v711 + l714;
    let l718: f32 = t717[0i];
    let v719: f32 = v715 + l718;
    t719[0i] = v719;
  }
}
