// kernel k192_ew
@group(0) @binding(0) var<storage, read> t899: array<f32>;
@group(0) @binding(1) var<storage, read> t902: array<f32>;
@group(0) @binding(2) var<storage, read_write> t905: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k192_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t899[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l901: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t902[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l904: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v905: f32 = l901 + l904;
  t905[i] = v905;
}
