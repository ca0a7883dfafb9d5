// kernel k109c_reduce
@group(0) @binding(0) var<storage, read> t447: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t450: array<f32>;
@group(0) @binding(3) var<storage, read_write> t490: array<f32>;
@group(0) @binding(4) var<storage, read> t374: array<f32>;
@group(0) @binding(5) var<storage, read_write> t510: array<f32>;
@group(0) @binding(6) var<storage, read> t342: array<f32>;
@group(0) @binding(7) var<storage, read_write> t526: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k109c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l447: f32 = t447[row + col * 64i];
    let l32: f32 = t32[row + col * 64i];
    let v449: f32 = l447 * l32;
    acc0_0 += v449;
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
    t450[row] = r0_0;
    let v490: f32 = r0_0 * r0_0;
    t490[row] = v490;
    let x374: f32 = t374[row];
    let v510: f32 = x374 * x374;
    t510[row] = v510;
    let x342: f32 = t342[row];
    let v526: f32 = x342 * x342;
    t526[row] = v526;
  }
}
