// kernel k106_ew
@group(0) @binding(0) var<storage, read> t566: array<f32>;
@group(0) @binding(1) var<storage, read> t569: array<f32>;
@group(0) @binding(2) var<storage, read_write> t572: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k106_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t566[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l568: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t569[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l571: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v572: f32 = l568 + l571;
  t572[i] = v572;
}
