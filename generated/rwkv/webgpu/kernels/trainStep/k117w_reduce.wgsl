// kernel k117w_reduce
@group(0) @binding(0) var<storage, read> t885: array<f32>;
@group(0) @binding(1) var<storage, read> t889: array<f32>;
@group(0) @binding(2) var<storage, read> t876: array<f32>;
@group(0) @binding(3) var<storage, read> t878: array<f32>;
@group(0) @binding(4) var<storage, read> t882: array<f32>;
@group(0) @binding(5) var<storage, read> t894: array<f32>;
@group(0) @binding(6) var<storage, read_write> t897: array<f32>;
@group(0) @binding(7) var<storage, read_write> t901: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117w_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x885: f32 = t885[col];
    let x889: f32 = t889[col];
    acc0_0 += x885;
    acc0_1 += x889;
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
    let x876: f32 = t876[0i];
    let l879: f32 = t878[0i];
    let v880: f32 = x876 + l879;
    let l883: f32 = t882[0i];
    let v884: f32 = v880 + l883;
    let v888: f32 = v884 + r0_0;
    let v892: f32 = v888 + r0_1;
    let l895: f32 = t894[0i];
    let v896: f32 = v892 + l895;
    let v897: f32 = sqrt(v896);
    t897[0i] = v897;
    let v899: f32 = v897 + 0.000001f;
    let v900: f32 = 1.0f / v899;
    let v901: f32 = min(v900, 1.0f);
    t901[0i] = v901;
  }
}
