// kernel k62_scatter
@group(0) @binding(0) var<storage, read_write> t380: array<f32>;
@group(0) @binding(1) var<storage, read> t251: array<f32>;
@group(0) @binding(2) var<storage, read> t355: array<f32>;
@group(0) @binding(3) var<storage, read> t267: array<f32>;
@group(0) @binding(4) var<storage, read> t361: array<f32>;
@group(0) @binding(5) var<storage, read> t266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 32768i; j++) {
    let l253: f32 = t251[j];
    if (i32(l253) == i) {
      let l355: f32 = t355[j];
      let l268: f32 = t267[j / 8i];
      let v357: f32 = l355 / l268;
      let l362: f32 = t361[j / 8i];
      let v363: f32 = v357 + l362;
      let l266: f32 = t266[j];
      let v364: f32 = v363 * l266;
      acc += v364;
    }
  }
  t380[i] = acc;
}
