// kernel k96_scatter
@group(0) @binding(0) var<storage, read_write> t522: array<f32>;
@group(0) @binding(1) var<storage, read> t288: array<f32>;
@group(0) @binding(2) var<storage, read> t520: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 4096i; j++) {
    let l288: f32 = t288[j];
    if (i32(l288) == i / 64i) {
      let l520: f32 = t520[j / 4i * 256i + j % 4i * 64i + i % 64i];
      acc += l520;
    }
  }
  t522[i] = acc;
}
