// kernel k64_scatter
@group(0) @binding(0) var<storage, read_write> t378: array<f32>;
@group(0) @binding(1) var<storage, read> t254: array<f32>;
@group(0) @binding(2) var<storage, read> t376: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l255: f32 = t254[j];
    if (i32(l255) == i / 64i) {
      let l376: f32 = t376[j / 32i * 2048i + j / 8i % 4i * 512i + j % 8i * 64i + i % 64i];
      acc += l376;
    }
  }
  t378[i] = acc;
}
