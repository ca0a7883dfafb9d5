// kernel k74_ew
@group(0) @binding(0) var<storage, read> t392: array<f32>;
@group(0) @binding(1) var<storage, read> t402: array<f32>;
@group(0) @binding(2) var<storage, read_write> t406: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k74_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t392[select(0i, i / 32i * 16i + i % 16i, i / 16i % 2i + -1i >= 0i && i / 16i % 2i + -1i < 1i)];
  let l395: f32 = select(0.0f, g, i / 16i % 2i + -1i >= 0i && i / 16i % 2i + -1i < 1i);
  let g_1: f32 = t402[select(0i, i / 32i * 16i + i % 16i, i / 16i % 2i >= 0i && i / 16i % 2i < 1i)];
  let l405: f32 = select(0.0f, g_1, i / 16i % 2i >= 0i && i / 16i % 2i < 1i);
  let v406: f32 = l395 + l405;
  t406[i] = v406;
}
