// kernel k66_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t368: array<f32>;
@group(0) @binding(1) var<storage, read_write> t369: array<f32>;
@group(0) @binding(2) var<storage, read_write> t370: array<f32>;
@group(0) @binding(3) var<storage, read> t371: array<f32>;
@group(0) @binding(4) var<storage, read_write> t372: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l368: f32 = t368[i];
  let v369: f32 = 1.0f / (1.0f + exp(min(-l368, 88.0f)));
  t369[i] = v369;
  let v370: f32 = l368 * v369;
  t370[i] = v370;
  let l371: f32 = t371[i];
  let v372: f32 = v370 * l371;
  t372[i] = v372;
}
