// kernel k33_ew (compiler/std/linear.loom:43:41)
@group(0) @binding(0) var<storage, read> t203: array<f32>;
@group(0) @binding(1) var<storage, read_write> t210: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 256i % 16i);
  let g_1: f32 = f32(i / 16i % 256i / 16i);
  let l89: bool = g <= g_1;
  let l206: f32 = t203[i / 256i * 16i + i % 16i];
  let l207: f32 = t203[i / 4096i * 256i + i % 256i];
  let v208: f32 = l206 - l207;
  let v209: f32 = select(-1000000000.0f, v208, l89);
  let v210: f32 = exp(v209);
  t210[i] = v210;
}
