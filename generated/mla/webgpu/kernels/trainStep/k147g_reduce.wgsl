// kernel k147g_reduce
@group(0) @binding(0) var<storage, read> t706: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read> t711: array<f32>;
@group(0) @binding(3) var<storage, read> t715: array<f32>;
@group(0) @binding(4) var<storage, read> t719: array<f32>;
@group(0) @binding(5) var<storage, read> t723: array<f32>;
@group(0) @binding(6) var<storage, read> t727: array<f32>;
@group(0) @binding(7) var<storage, read_write> t729: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x706: f32 = t706[col];
    acc0_0 += x706;
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
    let x705: f32 = t705[0i];
    let v709: f32 = x705 + r0_0;
    let l712: f32 = t711[0i];
    let v713: f32 = v709 + l712;
    let l716: f32 = t715[0i];
    let v717: f32 = v713 + l716;
    let l720: f32 = t719[0i];
    let v721: f32 = v717 + l720;
    let l724: f32 = t723[0i];
    let v725: f32 = v721 + l724;
    let l728: f32 = t727[0i];
    let v729: f32 = v725 + l728;
    t729[0i] = v729;
  }
}
