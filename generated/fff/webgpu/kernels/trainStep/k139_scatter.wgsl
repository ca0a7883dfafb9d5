// kernel k139_scatter
@group(0) @binding(0) var<storage, read_write> t674: array<f32>;
@group(0) @binding(1) var<storage, read> t169: array<f32>;
@group(0) @binding(2) var<storage, read> t672: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k139_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 4096i; j++) {
    let l169: f32 = t169[j];
    if (i32(l169) == i / 64i) {
      let l672: f32 = t672[j / 4i * 256i + j % 4i * 64i + i % 64i];
      acc += l672;
    }
  }
  t674[i] = acc;
}
