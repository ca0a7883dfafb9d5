// kernel k20_ew (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t143: array<f32>;
@group(0) @binding(1) var<storage, read_write> t170: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l143: f32 = t143[i];
  let g: f32 = f32(i / 2i);
  let l169: f32 = g * 8.0f;
  let v170: f32 = l143 + l169;
  t170[i] = v170;
}
