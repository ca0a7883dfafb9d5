// kernel k205_reduce
@group(0) @binding(0) var<storage, read> t839: array<f32>;
@group(0) @binding(1) var<storage, read> t33: array<f32>;
@group(0) @binding(2) var<storage, read> t939: array<f32>;
@group(0) @binding(3) var<storage, read> t848: array<f32>;
@group(0) @binding(4) var<storage, read_write> t850: array<f32>;
@group(0) @binding(5) var<storage, read_write> t947: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k205_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l839: f32 = t839[row * 64i + col];
    let l33: f32 = t33[row * 64i + col];
    let v844: f32 = l839 * l33;
    let l939: f32 = t939[row * 64i + col];
    let v944: f32 = l939 * l33;
    acc0_0 += v844;
    acc0_1 += v944;
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
    let l848: f32 = t848[row];
    let v849: f32 = r0_0 * l848;
    let v850: f32 = v849 * 0.015625f;
    t850[row] = v850;
    let v946: f32 = r0_1 * l848;
    let v947: f32 = v946 * 0.015625f;
    t947[row] = v947;
  }
}
