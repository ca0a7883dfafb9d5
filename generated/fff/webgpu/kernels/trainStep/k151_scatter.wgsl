// kernel k151_scatter
@group(0) @binding(0) var<storage, read_write> t706: array<f32>;
@group(0) @binding(1) var<storage, read> t137: array<f32>;
@group(0) @binding(2) var<storage, read> t704: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 4096i; j++) {
    let l137: f32 = t137[j];
    if (i32(l137) == i / 64i) {
      let l704: f32 = t704[j / 4i * 256i + j % 4i * 64i + i % 64i];
      acc += l704;
    }
  }
  t706[i] = acc;
}
