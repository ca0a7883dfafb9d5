// kernel k69_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t379: array<f32>;
@group(0) @binding(1) var<storage, read> t366: array<f32>;
@group(0) @binding(2) var<storage, read> t373: array<f32>;
@group(0) @binding(3) var<storage, read> t375: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k69_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l366: f32 = t366[j];
    if (i32(l366) == i / 64i) {
      let l373: f32 = t373[j * 64i + i % 64i];
      let l377: f32 = t375[j];
      let v378: f32 = l373 * l377;
      acc += v378;
    }
  }
  t379[i] = acc;
}
