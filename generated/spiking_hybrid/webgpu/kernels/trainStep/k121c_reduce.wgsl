// kernel k121c_reduce
@group(0) @binding(0) var<storage, read> t525: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t528: array<f32>;
@group(0) @binding(3) var<storage, read_write> t568: array<f32>;
@group(0) @binding(4) var<storage, read> t438: array<f32>;
@group(0) @binding(5) var<storage, read_write> t588: array<f32>;
@group(0) @binding(6) var<storage, read> t406: array<f32>;
@group(0) @binding(7) var<storage, read_write> t604: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k121c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l525: f32 = t525[row + col * 64i];
    let l32: f32 = t32[row + col * 64i];
    let v527: f32 = l525 * l32;
    acc0_0 += v527;
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
    t528[row] = r0_0;
    let v568: f32 = r0_0 * r0_0;
    t568[row] = v568;
    let x438: f32 = t438[row];
    let v588: f32 = x438 * x438;
    t588[row] = v588;
    let x406: f32 = t406[row];
    let v604: f32 = x406 * x406;
    t604[row] = v604;
  }
}
