// kernel k195k_reduce
@group(0) @binding(0) var<storage, read> t882: array<f32>;
@group(0) @binding(1) var<storage, read> t890: array<f32>;
@group(0) @binding(2) var<storage, read> t902: array<f32>;
@group(0) @binding(3) var<storage, read> t881: array<f32>;
@group(0) @binding(4) var<storage, read> t887: array<f32>;
@group(0) @binding(5) var<storage, read> t895: array<f32>;
@group(0) @binding(6) var<storage, read> t899: array<f32>;
@group(0) @binding(7) var<storage, read_write> t905: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x882: f32 = t882[col];
    let x890: f32 = t890[col];
    let x902: f32 = t902[col];
    acc0_0 += x882;
    acc0_1 += x890;
    acc0_2 += x902;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let x881: f32 = t881[0i];
    let v885: f32 = x881 + r0_0;
    let l888: f32 = t887[0i];
    let v889: f32 = v885 + l888;
    let v893: f32 = v889 + r0_1;
    let l896: f32 = t895[0i];
    let v897: f32 = v893 + l896;
    let l900: f32 = t899[0i];
    let v901: f32 = v897 + l900;
    let v905: f32 = v901 + r0_2;
    t905[0i] = v905;
  }
}
