// kernel k68_scatter
@group(0) @binding(0) var<storage, read_write> t390: array<f32>;
@group(0) @binding(1) var<storage, read> t387: array<f32>;
@group(0) @binding(2) var<storage, read> t382: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l389: f32 = t387[j];
    if (i32(l389) == i) {
      let l388: f32 = t382[j];
      acc += l388;
    }
  }
  t390[i] = acc;
}
