// kernel k96_reduce
@group(0) @binding(0) var<storage, read> t493: array<f32>;
@group(0) @binding(1) var<storage, read> t35: array<f32>;
@group(0) @binding(2) var<storage, read> t42: array<f32>;
@group(0) @binding(3) var<storage, read_write> t504: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k96_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l493: f32 = t493[row * 64i + col];
    let l35: f32 = t35[row * 64i + col];
    let v498: f32 = l493 * l35;
    acc0_0 += v498;
  }
  partial0[lid] = acc0_0;
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
    let l42: f32 = t42[row];
    let v500: f32 = l42 * l42;
    let v501: f32 = l42 * v500;
    let v502: f32 = v501 * -0.5f;
    let v503: f32 = r0_0 * v502;
    let v504: f32 = v503 * 0.015625f;
    t504[row] = v504;
  }
}
