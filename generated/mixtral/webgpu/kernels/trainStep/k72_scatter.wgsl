// kernel k72_scatter
@group(0) @binding(0) var<storage, read_write> t377: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read> t365: array<f32>;
@group(0) @binding(3) var<storage, read> t374: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k72_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l274: f32 = t274[j];
    if (i32(l274) == i / 64i) {
      let l365: f32 = t365[j * 64i + i % 64i];
      let l374: f32 = t374[j * 64i + i % 64i];
      let v376: f32 = l365 + l374;
      acc += v376;
    }
  }
  t377[i] = acc;
}
