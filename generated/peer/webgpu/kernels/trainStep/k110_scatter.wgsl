// kernel k110_scatter
@group(0) @binding(0) var<storage, read_write> t537: array<f32>;
@group(0) @binding(1) var<storage, read> t534: array<f32>;
@group(0) @binding(2) var<storage, read> t522: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l536: f32 = t534[j];
    if (i32(l536) == i) {
      let l535: f32 = t522[j];
      acc += l535;
    }
  }
  t537[i] = acc;
}
