// kernel k28_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t186: array<f32>;
@group(0) @binding(1) var<storage, read> t173: array<f32>;
@group(0) @binding(2) var<storage, read> t180: array<f32>;
@group(0) @binding(3) var<storage, read> t182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l173: f32 = t173[j];
    if (i32(l173) == i / 64i) {
      let l180: f32 = t180[j * 64i + i % 64i];
      let l184: f32 = t182[j];
      let v185: f32 = l180 * l184;
      acc += v185;
    }
  }
  t186[i] = acc;
}
