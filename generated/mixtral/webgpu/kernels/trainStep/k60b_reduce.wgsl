// kernel k60b_reduce (compiler/std/moe.loom:95:74)
@group(0) @binding(0) var<storage, read> t135: array<f32>;
@group(0) @binding(1) var<storage, read> t272: array<f32>;
@group(0) @binding(2) var<storage, read> t351: array<f32>;
@group(0) @binding(3) var<storage, read_write> t356: array<f32>;
var<workgroup> partial0: array<f32, 8>;
var<workgroup> partial1: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k60b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let x135: f32 = t135[col];
    let x272: f32 = t272[col];
    acc0_0 += x135;
    acc0_1 += x272;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
    let l352: f32 = t351[0i];
    let v354: f32 = l352 * 0.0009765625f;
    let v355: f32 = -v354;
    let v139: f32 = 0.16f * r0_0;
    let v275: f32 = 0.16f * r0_1;
    let v276: f32 = v139 + v275;
    let v356: f32 = v355 + v276;
    t356[0i] = v356;
  }
}
