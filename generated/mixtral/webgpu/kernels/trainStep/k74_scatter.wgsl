// kernel k74_scatter
@group(0) @binding(0) var<storage, read_write> t408: array<f32>;
@group(0) @binding(1) var<storage, read> t306: array<f32>;
@group(0) @binding(2) var<storage, read> t396: array<f32>;
@group(0) @binding(3) var<storage, read> t405: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k74_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l306: f32 = t306[j];
    if (i32(l306) == i / 64i) {
      let l396: f32 = t396[j * 64i + i % 64i];
      let l405: f32 = t405[j * 64i + i % 64i];
      let v407: f32 = l396 + l405;
      acc += v407;
    }
  }
  t408[i] = acc;
}
