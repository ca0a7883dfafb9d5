// kernel k223_ew
@group(0) @binding(0) var<storage, read> t1156: array<f32>;
@group(0) @binding(1) var<storage, read> t1159: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k223_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t1156[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l1158: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t1159[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l1161: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v1162: f32 = l1158 + l1161;
  t1162[i] = v1162;
}
