// kernel k94_scatter
@group(0) @binding(0) var<storage, read_write> t470: array<f32>;
@group(0) @binding(1) var<storage, read> t345: array<f32>;
@group(0) @binding(2) var<storage, read> t458: array<f32>;
@group(0) @binding(3) var<storage, read> t467: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l345: f32 = t345[j];
    if (i32(l345) == i / 64i) {
      let l458: f32 = t458[j * 64i + i % 64i];
      let l467: f32 = t467[j * 64i + i % 64i];
      let v469: f32 = l458 + l467;
      acc += v469;
    }
  }
  t470[i] = acc;
}
