// kernel k133_scatter
@group(0) @binding(0) var<storage, read_write> t628: array<f32>;
@group(0) @binding(1) var<storage, read> t625: array<f32>;
@group(0) @binding(2) var<storage, read> t599: array<f32>;
@group(0) @binding(3) var<storage, read> t146: array<f32>;
@group(0) @binding(4) var<storage, read> t621: array<f32>;
@group(0) @binding(5) var<storage, read> t145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k133_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l627: f32 = t625[j];
    if (i32(l627) == i) {
      let l600: f32 = t599[j];
      let l147: f32 = t146[j / 2i];
      let v617: f32 = l600 / l147;
      let l622: f32 = t621[j / 2i];
      let v623: f32 = v617 + l622;
      let l145: f32 = t145[j];
      let v624: f32 = v623 * l145;
      acc += v624;
    }
  }
  t628[i] = acc;
}
