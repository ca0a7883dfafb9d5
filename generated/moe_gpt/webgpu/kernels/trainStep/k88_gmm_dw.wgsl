// kernel k88_gmm_dw
@group(0) @binding(0) var<storage, read_write> t475: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t372: array<f32>;
@group(0) @binding(3) var<storage, read> t468: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k88_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 2048i;
  let i1: i32 = i / 64i % 32i;
  let i2: i32 = i % 64i;
  let l362: f32 = t362[i0];
  let off: i32 = i32(l362);
  let l362_1: f32 = t362[i0 + 1i];
  let off_1: i32 = i32(l362_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l372: f32 = t372[t * 32i + i1];
    let l468: f32 = t468[t * 64i + i2];
    acc += l372 * l468;
  }
  t475[i] = acc;
}
