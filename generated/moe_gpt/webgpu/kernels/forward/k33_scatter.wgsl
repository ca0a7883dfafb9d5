// kernel k33_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t198: array<f32>;
@group(0) @binding(1) var<storage, read> t185: array<f32>;
@group(0) @binding(2) var<storage, read> t192: array<f32>;
@group(0) @binding(3) var<storage, read> t194: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l185: f32 = t185[j];
    if (i32(l185) == i / 64i) {
      let l192: f32 = t192[j * 64i + i % 64i];
      let l196: f32 = t194[j];
      let v197: f32 = l192 * l196;
      acc += v197;
    }
  }
  t198[i] = acc;
}
