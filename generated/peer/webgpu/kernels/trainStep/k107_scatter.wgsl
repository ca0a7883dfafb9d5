// kernel k107_scatter
@group(0) @binding(0) var<storage, read_write> t527: array<f32>;
@group(0) @binding(1) var<storage, read> t524: array<f32>;
@group(0) @binding(2) var<storage, read> t521: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k107_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l526: f32 = t524[j];
    if (i32(l526) == i) {
      let l525: f32 = t521[j];
      acc += l525;
    }
  }
  t527[i] = acc;
}
