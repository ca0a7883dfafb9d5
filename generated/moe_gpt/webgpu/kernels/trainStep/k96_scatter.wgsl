// kernel k96_scatter
@group(0) @binding(0) var<storage, read_write> t499: array<f32>;
@group(0) @binding(1) var<storage, read> t333: array<f32>;
@group(0) @binding(2) var<storage, read> t472: array<f32>;
@group(0) @binding(3) var<storage, read> t338: array<f32>;
@group(0) @binding(4) var<storage, read> t495: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l335: f32 = t333[j];
    if (i32(l335) == i) {
      let l473: f32 = t472[j];
      let l339: f32 = t338[j / 2i];
      let v491: f32 = l473 / l339;
      let l496: f32 = t495[j / 2i];
      let v497: f32 = v491 + l496;
      acc += v497;
    }
  }
  t499[i] = acc;
}
