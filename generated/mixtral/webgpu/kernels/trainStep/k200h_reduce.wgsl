// kernel k200h_reduce
@group(0) @binding(0) var<storage, read> t897: array<f32>;
@group(0) @binding(1) var<storage, read> t917: array<f32>;
@group(0) @binding(2) var<storage, read> t895: array<f32>;
@group(0) @binding(3) var<storage, read> t902: array<f32>;
@group(0) @binding(4) var<storage, read> t906: array<f32>;
@group(0) @binding(5) var<storage, read> t910: array<f32>;
@group(0) @binding(6) var<storage, read> t914: array<f32>;
@group(0) @binding(7) var<storage, read_write> t920: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k200h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x897: f32 = t897[col];
    let x917: f32 = t917[col];
    acc0_0 += x897;
    acc0_1 += x917;
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
    let l896: f32 = t895[0i];
    let v900: f32 = l896 + r0_0;
    let l903: f32 = t902[0i];
    let v904: f32 = v900 + l903;
    let l907: f32 = t906[0i];
    let v908: f32 = v904 + l907;
    let l911: f32 = t910[0i];
    let v912: f32 = v908 + l911;
    let l915: f32 = t914[0i];
    let v916: f32 = v912 + l915;
    let v920: f32 = v916 + r0_1;
    t920[0i] = v920;
  }
}
