// kernel k103_scatter
@group(0) @binding(0) var<storage, read_write> t517: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read> t515: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k103_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l141: f32 = t140[j];
    if (i32(l141) == i / 64i) {
      let l515: f32 = t515[j / 32i * 2048i + j / 8i % 4i * 512i + j % 8i * 64i + i % 64i];
      acc += l515;
    }
  }
  t517[i] = acc;
}
