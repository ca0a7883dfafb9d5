// kernel k78_ew
@group(0) @binding(0) var<storage, read> t408: array<f32>;
@group(0) @binding(1) var<storage, read> t411: array<f32>;
@group(0) @binding(2) var<storage, read_write> t414: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k78_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t408[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l410: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t411[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l413: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v414: f32 = l410 + l413;
  t414[i] = v414;
}
