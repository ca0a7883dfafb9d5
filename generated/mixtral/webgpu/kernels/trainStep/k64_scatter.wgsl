// kernel k64_scatter
@group(0) @binding(0) var<storage, read_write> t359: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t357: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l269: f32 = t269[j];
    if (i32(l269) == i) {
      let l358: f32 = t357[j];
      acc += l358;
    }
  }
  t359[i] = acc;
}
