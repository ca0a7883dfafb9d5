// kernel k33_ew (compiler/std/linear.loom:43:41)
@group(0) @binding(0) var<storage, read> t204: array<f32>;
@group(0) @binding(1) var<storage, read_write> t211: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 256i % 16i);
  let g_1: f32 = f32(i / 16i % 256i / 16i);
  let l90: bool = g <= g_1;
  let l207: f32 = t204[i / 256i * 16i + i % 16i];
  let l208: f32 = t204[i / 4096i * 256i + i % 256i];
  let v209: f32 = l207 - l208;
  let v210: f32 = select(-1000000000.0f, v209, l90);
  let v211: f32 = exp(v210);
  t211[i] = v211;
}
