// kernel k71_scatter
@group(0) @binding(0) var<storage, read_write> t400: array<f32>;
@group(0) @binding(1) var<storage, read> t397: array<f32>;
@group(0) @binding(2) var<storage, read> t383: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k71_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l399: f32 = t397[j];
    if (i32(l399) == i) {
      let l398: f32 = t383[j];
      acc += l398;
    }
  }
  t400[i] = acc;
}
