// kernel k66_ew
@group(0) @binding(0) var<storage, read> t356: array<f32>;
@group(0) @binding(1) var<storage, read> t355: array<f32>;
@group(0) @binding(2) var<storage, read_write> t362: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t356[select(0i, -16i + i / 32i * 16i + i % 32i, i % 32i + -16i >= 0i && i % 32i + -16i < 16i)];
  let l357: f32 = select(0.0f, g, i % 32i + -16i >= 0i && i % 32i + -16i < 16i);
  let g_1: f32 = t355[select(0i, i / 32i * 24i + i % 32i, i % 32i >= 0i && i % 32i < 16i)];
  let l361: f32 = select(0.0f, g_1, i % 32i >= 0i && i % 32i < 16i);
  let v362: f32 = l357 + l361;
  t362[i] = v362;
}
