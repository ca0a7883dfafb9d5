// kernel k32_gmm_out (compiler/std/moe.loom:11:10)
@group(0) @binding(0) var<storage, read_write> t194: array<f32>;
@group(0) @binding(1) var<storage, read> t182: array<f32>;
@group(0) @binding(2) var<storage, read> t193: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_moe_w2: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_gmm_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 64i;
  let i1: i32 = i % 64i;
  var e: i32 = 0i;
  for (var q: i32 = 0i; q < 8i; q++) {
    let l182: f32 = t182[q + 1i];
    let off: i32 = i32(l182);
    if (off <= i0) {
      e += 1i;
    }
  }
  if (e < 8i) {
    var acc: f32 = 0.0f;
    for (var t: i32 = 0i; t < 32i; t++) {
      let l193: f32 = t193[i0 * 32i + t];
      let l10: f32 = p_layers_0_moe_w2[e * 2048i + t * 64i + i1];
      acc += l193 * l10;
    }
    t194[i] = acc;
  } else {
    t194[i] = 0.0f;
  }
}
