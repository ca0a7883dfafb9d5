// kernel k177c_reduce
@group(0) @binding(0) var<storage, read> t715: array<f32>;
@group(0) @binding(1) var<storage, read> t44: array<f32>;
@group(0) @binding(2) var<storage, read_write> t718: array<f32>;
@group(0) @binding(3) var<storage, read_write> t758: array<f32>;
@group(0) @binding(4) var<storage, read> t596: array<f32>;
@group(0) @binding(5) var<storage, read_write> t790: array<f32>;
@group(0) @binding(6) var<storage, read> t567: array<f32>;
@group(0) @binding(7) var<storage, read_write> t802: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k177c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l715: f32 = t715[row + col * 64i];
    let l44: f32 = t44[row + col * 64i];
    let v717: f32 = l715 * l44;
    acc0_0 += v717;
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
    t718[row] = r0_0;
    let v758: f32 = r0_0 * r0_0;
    t758[row] = v758;
    let x596: f32 = t596[row];
    let v790: f32 = x596 * x596;
    t790[row] = v790;
    let x567: f32 = t567[row];
    let v802: f32 = x567 * x567;
    t802[row] = v802;
  }
}
