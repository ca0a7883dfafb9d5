// kernel k54_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t282: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t276: array<f32>;
@group(0) @binding(3) var<storage, read> t278: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k54_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l269: f32 = t269[j];
    if (i32(l269) == i / 64i) {
      let l276: f32 = t276[j * 64i + i % 64i];
      let l280: f32 = t278[j];
      let v281: f32 = l276 * l280;
      acc += v281;
    }
  }
  t282[i] = acc;
}
