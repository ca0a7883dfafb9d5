// kernel k116_ew
@group(0) @binding(0) var<storage, read> t582: array<f32>;
@group(0) @binding(1) var<storage, read> t585: array<f32>;
@group(0) @binding(2) var<storage, read_write> t588: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t582[i / 2i];
  let l584: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t585[i / 2i];
  let l587: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v588: f32 = l584 + l587;
  t588[i] = v588;
}
