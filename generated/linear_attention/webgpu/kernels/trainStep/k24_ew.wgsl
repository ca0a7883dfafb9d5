// kernel k24_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t167: array<f32>;
@group(0) @binding(1) var<storage, read_write> t176: array<f32>;
@group(0) @binding(2) var<storage, read_write> t179: array<f32>;
@group(0) @binding(3) var<storage, read_write> t180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l169: f32 = t167[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v176: bool = l169 > 0.0f;
  t176[i] = f32(v176);
  let v178: f32 = min(l169, 0.0f);
  let v179: f32 = exp(v178);
  t179[i] = v179;
  let v177: f32 = l169 + 1.0f;
  let v180: f32 = select(v179, v177, v176);
  t180[i] = v180;
}
