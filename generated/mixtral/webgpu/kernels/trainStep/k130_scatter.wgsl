// kernel k130_scatter
@group(0) @binding(0) var<storage, read_write> t616: array<f32>;
@group(0) @binding(1) var<storage, read> t156: array<f32>;
@group(0) @binding(2) var<storage, read> t605: array<f32>;
@group(0) @binding(3) var<storage, read> t613: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k130_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l156: f32 = t156[j];
    if (i32(l156) == i / 64i) {
      let l605: f32 = t605[j * 64i + i % 64i];
      let l613: f32 = t613[j * 64i + i % 64i];
      let v615: f32 = l605 + l613;
      acc += v615;
    }
  }
  t616[i] = acc;
}
