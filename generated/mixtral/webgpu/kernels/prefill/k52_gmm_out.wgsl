// kernel k52_gmm_out (compiler/std/moe.loom:10:47)
@group(0) @binding(0) var<storage, read_write> t278: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t274: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_moe_w3: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k52_gmm_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 48i;
  let i1: i32 = i % 48i;
  var e: i32 = 0i;
  for (var q: i32 = 0i; q < 8i; q++) {
    let l269: f32 = t269[q + 1i];
    let off: i32 = i32(l269);
    if (off <= i0) {
      e += 1i;
    }
  }
  if (e < 8i) {
    var acc: f32 = 0.0f;
    for (var t: i32 = 0i; t < 64i; t++) {
      let l274: f32 = t274[i0 * 64i + t];
      let l20: f32 = p_layers_1_moe_w3[e * 3072i + t * 48i + i1];
      acc += l274 * l20;
    }
    t278[i] = acc;
  } else {
    t278[i] = 0.0f;
  }
}
