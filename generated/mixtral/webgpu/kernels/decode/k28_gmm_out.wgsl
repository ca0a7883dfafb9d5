// kernel k28_gmm_out (compiler/std/moe.loom:10:47)
@group(0) @binding(0) var<storage, read_write> t181: array<f32>;
@group(0) @binding(1) var<storage, read> t171: array<f32>;
@group(0) @binding(2) var<storage, read> t177: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_moe_w3: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_gmm_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 96i) {
    let i0: i32 = i / 48i;
    let i1: i32 = i % 48i;
    var e: i32 = 0i;
    for (var q: i32 = 0i; q < 8i; q++) {
      let l171: f32 = t171[q + 1i];
      let off: i32 = i32(l171);
      if (off <= i0) {
        e += 1i;
      }
    }
    if (e < 8i) {
      var acc: f32 = 0.0f;
      for (var t: i32 = 0i; t < 64i; t++) {
        let l177: f32 = t177[i0 * 64i + t];
        let l10: f32 = p_layers_0_moe_w3[e * 3072i + t * 48i + i1];
        acc += l177 * l10;
      }
      t181[i] = acc;
    } else {
      t181[i] = 0.0f;
    }
  }
}
