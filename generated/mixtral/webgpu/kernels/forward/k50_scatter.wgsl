// kernel k50_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t237: array<f32>;
@group(0) @binding(1) var<storage, read> t224: array<f32>;
@group(0) @binding(2) var<storage, read> t231: array<f32>;
@group(0) @binding(3) var<storage, read> t233: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k50_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l224: f32 = t224[j];
    if (i32(l224) == i / 64i) {
      let l231: f32 = t231[j * 64i + i % 64i];
      let l235: f32 = t233[j];
      let v236: f32 = l231 * l235;
      acc += v236;
    }
  }
  t237[i] = acc;
}
