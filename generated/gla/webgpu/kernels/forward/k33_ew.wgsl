// kernel k33_ew (compiler/std/linear.loom:43:41)
@group(0) @binding(0) var<storage, read> t220: array<f32>;
@group(0) @binding(1) var<storage, read_write> t227: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 256i % 16i);
  let g_1: f32 = f32(i / 16i % 256i / 16i);
  let l95: bool = g <= g_1;
  let l223: f32 = t220[i / 256i * 16i + i % 16i];
  let l224: f32 = t220[i / 4096i * 256i + i % 256i];
  let v225: f32 = l223 - l224;
  let v226: f32 = select(-1000000000.0f, v225, l95);
  let v227: f32 = exp(v226);
  t227[i] = v227;
}
