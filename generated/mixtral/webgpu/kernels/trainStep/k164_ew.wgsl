// kernel k164_ew
@group(0) @binding(0) var<storage, read> t801: array<f32>;
@group(0) @binding(1) var<storage, read> t804: array<f32>;
@group(0) @binding(2) var<storage, read_write> t807: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k164_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t801[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l803: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t804[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l806: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v807: f32 = l803 + l806;
  t807[i] = v807;
}
