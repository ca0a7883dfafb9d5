// kernel k94_scatter
@group(0) @binding(0) var<storage, read_write> t490: array<f32>;
@group(0) @binding(1) var<storage, read> t366: array<f32>;
@group(0) @binding(2) var<storage, read> t478: array<f32>;
@group(0) @binding(3) var<storage, read> t487: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l366: f32 = t366[j];
    if (i32(l366) == i / 64i) {
      let l478: f32 = t478[j * 64i + i % 64i];
      let l487: f32 = t487[j * 64i + i % 64i];
      let v489: f32 = l478 + l487;
      acc += v489;
    }
  }
  t490[i] = acc;
}
