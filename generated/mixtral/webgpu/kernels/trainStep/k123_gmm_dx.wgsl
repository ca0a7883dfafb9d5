// kernel k123_gmm_dx
@group(0) @binding(0) var<storage, read_write> t601: array<f32>;
@group(0) @binding(1) var<storage, read> t151: array<f32>;
@group(0) @binding(2) var<storage, read> t595: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_moe_w2: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123_gmm_dx(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 48i;
  let i1: i32 = i % 48i;
  var e: i32 = 0i;
  for (var q: i32 = 0i; q < 8i; q++) {
    let l151: f32 = t151[q + 1i];
    let off: i32 = i32(l151);
    if (off <= i0) {
      e += 1i;
    }
  }
  if (e < 8i) {
    var acc: f32 = 0.0f;
    for (var t: i32 = 0i; t < 64i; t++) {
      let l595: f32 = t595[i0 * 64i + t];
      let l9: f32 = p_layers_0_moe_w2[e * 3072i + i1 * 64i + t];
      acc += l595 * l9;
    }
    t601[i] = acc;
  } else {
    t601[i] = 0.0f;
  }
}
