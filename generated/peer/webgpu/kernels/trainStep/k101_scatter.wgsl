// kernel k101_scatter
@group(0) @binding(0) var<storage, read_write> t519: array<f32>;
@group(0) @binding(1) var<storage, read> t137: array<f32>;
@group(0) @binding(2) var<storage, read> t495: array<f32>;
@group(0) @binding(3) var<storage, read> t156: array<f32>;
@group(0) @binding(4) var<storage, read> t501: array<f32>;
@group(0) @binding(5) var<storage, read> t155: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k101_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l139: f32 = t137[j];
    if (i32(l139) == i) {
      let l495: f32 = t495[j];
      let l157: f32 = t156[j / 8i];
      let v497: f32 = l495 / l157;
      let l502: f32 = t501[j / 8i];
      let v503: f32 = v497 + l502;
      let l155: f32 = t155[j];
      let v504: f32 = v503 * l155;
      acc += v504;
    }
  }
  t519[i] = acc;
}
