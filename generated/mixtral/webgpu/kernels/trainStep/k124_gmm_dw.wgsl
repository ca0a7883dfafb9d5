// kernel k124_gmm_dw
@group(0) @binding(0) var<storage, read_write> t602: array<f32>;
@group(0) @binding(1) var<storage, read> t151: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read> t595: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 3072i;
  let i1: i32 = i / 64i % 48i;
  let i2: i32 = i % 64i;
  let l151: f32 = t151[i0];
  let off: i32 = i32(l151);
  let l151_1: f32 = t151[i0 + 1i];
  let off_1: i32 = i32(l151_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l162: f32 = t162[t * 48i + i1];
    let l595: f32 = t595[t * 64i + i2];
    acc += l162 * l595;
  }
  t602[i] = acc;
}
