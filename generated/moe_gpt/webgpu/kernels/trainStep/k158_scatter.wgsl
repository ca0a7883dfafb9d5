// kernel k158_scatter
@group(0) @binding(0) var<storage, read_write> t743: array<f32>;
@group(0) @binding(1) var<storage, read> t207: array<f32>;
@group(0) @binding(2) var<storage, read> t732: array<f32>;
@group(0) @binding(3) var<storage, read> t740: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l207: f32 = t207[j];
    if (i32(l207) == i / 64i) {
      let l732: f32 = t732[j * 64i + i % 64i];
      let l740: f32 = t740[j * 64i + i % 64i];
      let v742: f32 = l732 + l740;
      acc += v742;
    }
  }
  t743[i] = acc;
}
