// kernel k93_gmm_dw
@group(0) @binding(0) var<storage, read_write> t488: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t367: array<f32>;
@group(0) @binding(3) var<storage, read> t486: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    let l486: f32 = t486[t * 32i + i2];
    acc += l367 * l486;
  }
  t488[i] = acc;
}
