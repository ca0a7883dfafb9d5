// kernel k93_gmm_dw
@group(0) @binding(0) var<storage, read_write> t468: array<f32>;
@group(0) @binding(1) var<storage, read> t341: array<f32>;
@group(0) @binding(2) var<storage, read> t346: array<f32>;
@group(0) @binding(3) var<storage, read> t466: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 2048i;
  let i1: i32 = i / 32i % 64i;
  let i2: i32 = i % 32i;
  let l341: f32 = t341[i0];
  let off: i32 = i32(l341);
  let l341_1: f32 = t341[i0 + 1i];
  let off_1: i32 = i32(l341_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l346: f32 = t346[t * 64i + i1];
    let l466: f32 = t466[t * 32i + i2];
    acc += l346 * l466;
  }
  t468[i] = acc;
}
