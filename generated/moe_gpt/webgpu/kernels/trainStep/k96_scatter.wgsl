// kernel k96_scatter
@group(0) @binding(0) var<storage, read_write> t479: array<f32>;
@group(0) @binding(1) var<storage, read> t322: array<f32>;
@group(0) @binding(2) var<storage, read> t452: array<f32>;
@group(0) @binding(3) var<storage, read> t327: array<f32>;
@group(0) @binding(4) var<storage, read> t475: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l324: f32 = t322[j];
    if (i32(l324) == i) {
      let l453: f32 = t452[j];
      let l328: f32 = t327[j / 2i];
      let v471: f32 = l453 / l328;
      let l476: f32 = t475[j / 2i];
      let v477: f32 = v471 + l476;
      acc += v477;
    }
  }
  t479[i] = acc;
}
