// kernel k160_scatter
@group(0) @binding(0) var<storage, read_write> t752: array<f32>;
@group(0) @binding(1) var<storage, read> t170: array<f32>;
@group(0) @binding(2) var<storage, read> t726: array<f32>;
@group(0) @binding(3) var<storage, read> t175: array<f32>;
@group(0) @binding(4) var<storage, read> t748: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l172: f32 = t170[j];
    if (i32(l172) == i) {
      let l727: f32 = t726[j];
      let l176: f32 = t175[j / 2i];
      let v744: f32 = l727 / l176;
      let l749: f32 = t748[j / 2i];
      let v750: f32 = v744 + l749;
      acc += v750;
    }
  }
  t752[i] = acc;
}
