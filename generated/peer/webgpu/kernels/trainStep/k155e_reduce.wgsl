// kernel k155e_reduce
@group(0) @binding(0) var<storage, read> t603: array<f32>;
@group(0) @binding(1) var<storage, read> t56: array<f32>;
@group(0) @binding(2) var<storage, read_write> t608: array<f32>;
@group(0) @binding(3) var<storage, read_write> t660: array<f32>;
@group(0) @binding(4) var<storage, read> t604: array<f32>;
@group(0) @binding(5) var<storage, read_write> t664: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t672: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k155e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l603: f32 = t603[row + col * 64i];
    let l56: f32 = t56[row + col * 64i];
    let v607: f32 = l603 * l56;
    acc0_0 += v607;
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
    t608[row] = r0_0;
    let v660: f32 = r0_0 * r0_0;
    t660[row] = v660;
    let x604: f32 = t604[row];
    let v664: f32 = x604 * x604;
    t664[row] = v664;
    let x598: f32 = t598[row];
    let v672: f32 = x598 * x598;
    t672[row] = v672;
  }
}
