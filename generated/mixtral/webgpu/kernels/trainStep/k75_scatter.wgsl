// kernel k75_scatter
@group(0) @binding(0) var<storage, read_write> t392: array<f32>;
@group(0) @binding(1) var<storage, read> t389: array<f32>;
@group(0) @binding(2) var<storage, read> t359: array<f32>;
@group(0) @binding(3) var<storage, read> t265: array<f32>;
@group(0) @binding(4) var<storage, read> t382: array<f32>;
@group(0) @binding(5) var<storage, read> t264: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k75_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l391: f32 = t389[j];
    if (i32(l391) == i) {
      let l360: f32 = t359[j];
      let l266: f32 = t265[j / 2i];
      let v378: f32 = l360 / l266;
      let l383: f32 = t382[j / 2i];
      let v384: f32 = v378 + l383;
      let l264: f32 = t264[j];
      let v385: f32 = v384 * l264;
      acc += v385;
    }
  }
  t392[i] = acc;
}
