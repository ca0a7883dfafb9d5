// kernel k147c_reduce
@group(0) @binding(0) var<storage, read> t605: array<f32>;
@group(0) @binding(1) var<storage, read> t38: array<f32>;
@group(0) @binding(2) var<storage, read_write> t608: array<f32>;
@group(0) @binding(3) var<storage, read_write> t648: array<f32>;
@group(0) @binding(4) var<storage, read> t486: array<f32>;
@group(0) @binding(5) var<storage, read_write> t680: array<f32>;
@group(0) @binding(6) var<storage, read> t454: array<f32>;
@group(0) @binding(7) var<storage, read_write> t696: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k147c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l605: f32 = t605[row + col * 64i];
    let l38: f32 = t38[row + col * 64i];
    let v607: f32 = l605 * l38;
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
    let v648: f32 = r0_0 * r0_0;
    t648[row] = v648;
    let x486: f32 = t486[row];
    let v680: f32 = x486 * x486;
    t680[row] = v680;
    let x454: f32 = t454[row];
    let v696: f32 = x454 * x454;
    t696[row] = v696;
  }
}
