// kernel k71_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t345: array<f32>;
@group(0) @binding(1) var<storage, read> t332: array<f32>;
@group(0) @binding(2) var<storage, read> t339: array<f32>;
@group(0) @binding(3) var<storage, read> t341: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k71_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 128i; j++) {
    let l332: f32 = t332[j];
    if (i32(l332) == i / 64i) {
      let l339: f32 = t339[j * 64i + i % 64i];
      let l343: f32 = t341[j];
      let v344: f32 = l339 * l343;
      acc += v344;
    }
  }
  t345[i] = acc;
}
