// kernel k177f_reduce
@group(0) @binding(0) var<storage, read> t790: array<f32>;
@group(0) @binding(1) var<storage, read> t802: array<f32>;
@group(0) @binding(2) var<storage, read> t781: array<f32>;
@group(0) @binding(3) var<storage, read> t783: array<f32>;
@group(0) @binding(4) var<storage, read> t787: array<f32>;
@group(0) @binding(5) var<storage, read> t795: array<f32>;
@group(0) @binding(6) var<storage, read> t799: array<f32>;
@group(0) @binding(7) var<storage, read_write> t805: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x790: f32 = t790[col];
    let x802: f32 = t802[col];
    acc0_0 += x790;
    acc0_1 += x802;
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
    let x781: f32 = t781[0i];
    let l784: f32 = t783[0i];
    let v785: f32 = x781 + l784;
    let l788: f32 = t787[0i];
    let v789: f32 = v785 + l788;
    let v793: f32 = v789 + r0_0;
    let l796: f32 = t795[0i];
    let v797: f32 = v793 + l796;
    let l800: f32 = t799[0i];
    let v801: f32 = v797 + l800;
    let v805: f32 = v801 + r0_1;
    t805[0i] = v805;
  }
}
