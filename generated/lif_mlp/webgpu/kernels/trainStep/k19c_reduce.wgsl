// kernel k19c_reduce
@group(0) @binding(0) var<storage, read> t731: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read> t711: array<f32>;
@group(0) @binding(3) var<storage, read> t717: array<f32>;
@group(0) @binding(4) var<storage, read_write> t734: array<f32>;
@group(0) @binding(5) var<storage, read_write> t735: array<f32>;
@group(0) @binding(6) var<storage, read_write> t768: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k19c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x731: f32 = t731[row + col * 128i];
    let g: f32 = t705[select(0i, row + col / 16i * 128i, col % 16i + -2i >= 0i && col % 16i + -2i < 1i)];
    let l707: f32 = select(0.0f, g, col % 16i + -2i >= 0i && col % 16i + -2i < 1i);
    let v732: f32 = x731 + l707;
    let g_1: f32 = t711[select(0i, row + col / 16i * 128i, col % 16i + -1i >= 0i && col % 16i + -1i < 1i)];
    let l713: f32 = select(0.0f, g_1, col % 16i + -1i >= 0i && col % 16i + -1i < 1i);
    let v733: f32 = v732 + l713;
    let g_2: f32 = t717[select(0i, row + col / 16i * 128i, col % 16i >= 0i && col % 16i < 1i)];
    let l719: f32 = select(0.0f, g_2, col % 16i >= 0i && col % 16i < 1i);
    let v734: f32 = v733 + l719;
    t734[row + col * 128i] = v734;
    acc0_0 += v734;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
    t735[row] = r0_0;
    let v768: f32 = r0_0 * r0_0;
    t768[row] = v768;
  }
}
