// kernel k24_ew (compiler/std/linear.loom:19:52)
@group(0) @binding(0) var<storage, read> t165: array<f32>;
@group(0) @binding(1) var<storage, read_write> t178: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l167: f32 = t165[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v174: bool = l167 > 0.0f;
  let v175: f32 = l167 + 1.0f;
  let v176: f32 = min(l167, 0.0f);
  let v177: f32 = exp(v176);
  let v178: f32 = select(v177, v175, v174);
  t178[i] = v178;
}
