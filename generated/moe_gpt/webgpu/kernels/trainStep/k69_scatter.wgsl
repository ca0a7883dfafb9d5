// kernel k69_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t358: array<f32>;
@group(0) @binding(1) var<storage, read> t345: array<f32>;
@group(0) @binding(2) var<storage, read> t352: array<f32>;
@group(0) @binding(3) var<storage, read> t354: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k69_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l345: f32 = t345[j];
    if (i32(l345) == i / 64i) {
      let l352: f32 = t352[j * 64i + i % 64i];
      let l356: f32 = t354[j];
      let v357: f32 = l352 * l356;
      acc += v357;
    }
  }
  t358[i] = acc;
}
