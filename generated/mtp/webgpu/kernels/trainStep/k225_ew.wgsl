// kernel k225_ew
@group(0) @binding(0) var<storage, read> t1174: array<f32>;
@group(0) @binding(1) var<storage, read> t1177: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k225_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t1174[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l1176: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t1177[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l1179: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v1180: f32 = l1176 + l1179;
  t1180[i] = v1180;
}
