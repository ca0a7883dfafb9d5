// kernel k93_scatter
@group(0) @binding(0) var<storage, read_write> t477: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t399: array<f32>;
@group(0) @binding(3) var<storage, read> t460: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t471: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l399: f32 = t399[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l460: f32 = t460[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v464: f32 = l460 * l31;
      let v474: f32 = l399 + v464;
      let l472: f32 = t471[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v473: f32 = l472 * l23;
      let v475: f32 = v474 + v473;
      let v476: f32 = v475 + v473;
      acc += v476;
    }
  }
  t477[i] = acc;
}
