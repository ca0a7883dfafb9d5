// kernel k155n_reduce
@group(0) @binding(0) var<storage, read> t728: array<f32>;
@group(0) @binding(1) var<storage, read> t732: array<f32>;
@group(0) @binding(2) var<storage, read> t740: array<f32>;
@group(0) @binding(3) var<storage, read> t748: array<f32>;
@group(0) @binding(4) var<storage, read> t727: array<f32>;
@group(0) @binding(5) var<storage, read> t737: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t751: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
var<workgroup> partial3: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x728: f32 = t728[col];
    let x732: f32 = t732[col];
    let x740: f32 = t740[col];
    let x748: f32 = t748[col];
    acc0_0 += x728;
    acc0_1 += x732;
    acc0_2 += x740;
    acc0_3 += x748;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  partial3[lid] = acc0_3;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
    partial3[lid] = partial3[lid] + partial3[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
    partial3[lid] = partial3[lid] + partial3[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
    partial3[lid] = partial3[lid] + partial3[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
    partial3[lid] = partial3[lid] + partial3[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
    partial3[lid] = partial3[lid] + partial3[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
    partial3[lid] = partial3[lid] + partial3[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  let r0_3: f32 = partial3[0i];
  if (lid == 0i) {
    let x727: f32 = t727[0i];
    let v731: f32 = x727 + r0_0;
    let v735: f32 = v731 + r0_1;
    let l738: f32 = t737[0i];
    let v739: f32 = v735 + l738;
    let v743: f32 = v739 + r0_2;
    let l746: f32 = t745[0i];
    let v747: f32 = v743 + l746;
    let v751: f32 = v747 + r0_3;
    t751[0i] = v751;
  }
}
