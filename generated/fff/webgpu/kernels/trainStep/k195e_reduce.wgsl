// kernel k195e_reduce
@group(0) @binding(0) var<storage, read> t785: array<f32>;
@group(0) @binding(1) var<storage, read> t50: array<f32>;
@group(0) @binding(2) var<storage, read_write> t790: array<f32>;
@group(0) @binding(3) var<storage, read_write> t862: array<f32>;
@group(0) @binding(4) var<storage, read> t786: array<f32>;
@group(0) @binding(5) var<storage, read_write> t866: array<f32>;
@group(0) @binding(6) var<storage, read> t780: array<f32>;
@group(0) @binding(7) var<storage, read_write> t874: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k195e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l785: f32 = t785[row + col * 64i];
    let l50: f32 = t50[row + col * 64i];
    let v789: f32 = l785 * l50;
    acc0_0 += v789;
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
    t790[row] = r0_0;
    let v862: f32 = r0_0 * r0_0;
    t862[row] = v862;
    let x786: f32 = t786[row];
    let v866: f32 = x786 * x786;
    t866[row] = v866;
    let x780: f32 = t780[row];
    let v874: f32 = x780 * x780;
    t874[row] = v874;
  }
}
