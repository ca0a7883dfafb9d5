// kernel k54_scatter (compiler/std/moe.loom:20:22)
@group(0) @binding(0) var<storage, read_write> t287: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read> t281: array<f32>;
@group(0) @binding(3) var<storage, read> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k54_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l274: f32 = t274[j];
    if (i32(l274) == i / 64i) {
      let l281: f32 = t281[j * 64i + i % 64i];
      let l285: f32 = t283[j];
      let v286: f32 = l281 * l285;
      acc += v286;
    }
  }
  t287[i] = acc;
}
