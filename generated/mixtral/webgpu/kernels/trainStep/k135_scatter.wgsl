// kernel k135_scatter
@group(0) @binding(0) var<storage, read_write> t659: array<f32>;
@group(0) @binding(1) var<storage, read> t656: array<f32>;
@group(0) @binding(2) var<storage, read> t630: array<f32>;
@group(0) @binding(3) var<storage, read> t146: array<f32>;
@group(0) @binding(4) var<storage, read> t652: array<f32>;
@group(0) @binding(5) var<storage, read> t145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k135_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l658: f32 = t656[j];
    if (i32(l658) == i) {
      let l631: f32 = t630[j];
      let l147: f32 = t146[j / 2i];
      let v648: f32 = l631 / l147;
      let l653: f32 = t652[j / 2i];
      let v654: f32 = v648 + l653;
      let l145: f32 = t145[j];
      let v655: f32 = v654 * l145;
      acc += v655;
    }
  }
  t659[i] = acc;
}
