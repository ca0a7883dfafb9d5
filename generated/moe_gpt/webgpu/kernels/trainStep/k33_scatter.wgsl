// kernel k33_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t220: array<f32>;
@group(0) @binding(1) var<storage, read> t207: array<f32>;
@group(0) @binding(2) var<storage, read> t214: array<f32>;
@group(0) @binding(3) var<storage, read> t216: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l207: f32 = t207[j];
    if (i32(l207) == i / 64i) {
      let l214: f32 = t214[j * 64i + i % 64i];
      let l218: f32 = t216[j];
      let v219: f32 = l214 * l218;
      acc += v219;
    }
  }
  t220[i] = acc;
}
