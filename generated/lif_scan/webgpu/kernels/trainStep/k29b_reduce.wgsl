// kernel k29b_reduce
@group(0) @binding(0) var<storage, read> t138: array<f32>;
@group(0) @binding(1) var<storage, read> t146: array<f32>;
@group(0) @binding(2) var<storage, read> t151_rows: array<f32>;
@group(0) @binding(3) var<storage, read> t132: array<f32>;
@group(0) @binding(4) var<storage, read> t135: array<f32>;
@group(0) @binding(5) var<storage, read> t143: array<f32>;
@group(0) @binding(6) var<storage, read> t155: array<f32>;
@group(0) @binding(7) var<storage, read_write> t158: array<f32>;
var<workgroup> partial0: array<f32, 128>;
var<workgroup> partial1: array<f32, 128>;
var<workgroup> partial2: array<f32, 128>;
@compute @workgroup_size(128, 1, 1)
fn k29b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 128i; col += 128i) {
    let x138: f32 = t138[col];
    let x146: f32 = t146[col];
    let part: f32 = t151_rows[col];
    acc0_0 += x138;
    acc0_1 += x146;
    acc0_2 += part;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
    partial2[lid] = partial2[lid] + partial2[lid + 64i];
  }
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
    let l133: f32 = t132[0i];
    let l136: f32 = t135[0i];
    let v137: f32 = l133 + l136;
    let v141: f32 = v137 + r0_0;
    let l144: f32 = t143[0i];
    let v145: f32 = v141 + l144;
    let v149: f32 = v145 + r0_1;
    let v153: f32 = v149 + r0_2;
    let l156: f32 = t155[0i];
    let v157: f32 = v153 + l156;
    let v158: f32 = sqrt(v157);
    t158[0i] = v158;
  }
}
