// kernel k89m_reduce
@group(0) @binding(0) var<storage, read> t607: array<f32>;
@group(0) @binding(1) var<storage, read> t615: array<f32>;
@group(0) @binding(2) var<storage, read> t623: array<f32>;
@group(0) @binding(3) var<storage, read> t606: array<f32>;
@group(0) @binding(4) var<storage, read> t612: array<f32>;
@group(0) @binding(5) var<storage, read> t620: array<f32>;
@group(0) @binding(6) var<storage, read> t628: array<f32>;
@group(0) @binding(7) var<storage, read_write> t630: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k89m_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x607: f32 = t607[col];
    let x615: f32 = t615[col];
    let x623: f32 = t623[col];
    acc0_0 += x607;
    acc0_1 += x615;
    acc0_2 += x623;
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
    let x606: f32 = t606[0i];
    let v610: f32 = x606 + r0_0;
    let l613: f32 = t612[0i];
    let v614: f32 = v610 + l613;
    let v618: f32 = v614 + r0_1;
    let l621: f32 = t620[0i];
    let v622: f32 = v618 + l621;
    let v626: f32 = v622 + r0_2;
    let l629: f32 = t628[0i];
    let v630: f32 = v626 + l629;
    t630[0i] = v630;
  }
}
