// kernel k47_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t226: array<f32>;
@group(0) @binding(1) var<storage, read> t229: array<f32>;
@group(0) @binding(2) var<storage, read_write> t230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l226: f32 = t226[i];
  let v227: f32 = 1.0f / (1.0f + exp(min(-l226, 88.0f)));
  let v228: f32 = l226 * v227;
  let l229: f32 = t229[i];
  let v230: f32 = v228 * l229;
  t230[i] = v230;
}
