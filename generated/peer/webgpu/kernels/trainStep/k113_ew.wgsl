// kernel k113_ew
@group(0) @binding(0) var<storage, read> t529: array<f32>;
@group(0) @binding(1) var<storage, read> t539: array<f32>;
@group(0) @binding(2) var<storage, read_write> t543: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t529[select(0i, i / 32i * 16i + i % 16i, i / 16i % 2i + -1i >= 0i && i / 16i % 2i + -1i < 1i)];
  let l532: f32 = select(0.0f, g, i / 16i % 2i + -1i >= 0i && i / 16i % 2i + -1i < 1i);
  let g_1: f32 = t539[select(0i, i / 32i * 16i + i % 16i, i / 16i % 2i >= 0i && i / 16i % 2i < 1i)];
  let l542: f32 = select(0.0f, g_1, i / 16i % 2i >= 0i && i / 16i % 2i < 1i);
  let v543: f32 = l532 + l542;
  t543[i] = v543;
}
