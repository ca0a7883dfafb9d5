// kernel k91_scatter
@group(0) @binding(0) var<storage, read_write> t465: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t388: array<f32>;
@group(0) @binding(3) var<storage, read> t448: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t459: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l388: f32 = t388[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l448: f32 = t448[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v452: f32 = l448 * l31;
      let v462: f32 = l388 + v452;
      let l460: f32 = t459[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v461: f32 = l460 * l23;
      let v463: f32 = v462 + v461;
      let v464: f32 = v463 + v461;
      acc += v464;
    }
  }
  t465[i] = acc;
}
