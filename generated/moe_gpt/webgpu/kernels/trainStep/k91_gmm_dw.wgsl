// kernel k91_gmm_dw
@group(0) @binding(0) var<storage, read_write> t479: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t367: array<f32>;
@group(0) @binding(3) var<storage, read> t477: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 2048i;
  let i1: i32 = i / 32i % 64i;
  let i2: i32 = i % 32i;
  let l362: f32 = t362[i0];
  let off: i32 = i32(l362);
  let l362_1: f32 = t362[i0 + 1i];
  let off_1: i32 = i32(l362_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l367: f32 = t367[t * 64i + i1];
    let l477: f32 = t477[t * 32i + i2];
    acc += l367 * l477;
  }
  t479[i] = acc;
}
