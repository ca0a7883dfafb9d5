// kernel k77_scatter
@group(0) @binding(0) var<storage, read_write> t423: array<f32>;
@group(0) @binding(1) var<storage, read> t420: array<f32>;
@group(0) @binding(2) var<storage, read> t390: array<f32>;
@group(0) @binding(3) var<storage, read> t282: array<f32>;
@group(0) @binding(4) var<storage, read> t413: array<f32>;
@group(0) @binding(5) var<storage, read> t281: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k77_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l422: f32 = t420[j];
    if (i32(l422) == i) {
      let l391: f32 = t390[j];
      let l283: f32 = t282[j / 2i];
      let v409: f32 = l391 / l283;
      let l414: f32 = t413[j / 2i];
      let v415: f32 = v409 + l414;
      let l281: f32 = t281[j];
      let v416: f32 = v415 * l281;
      acc += v416;
    }
  }
  t423[i] = acc;
}
