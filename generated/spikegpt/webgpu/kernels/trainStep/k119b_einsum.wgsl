// kernel k119b_einsum
@group(0) @binding(0) var<storage, read> t679: array<f32>;
@group(0) @binding(1) var<storage, read> t717: array<f32>;
@group(0) @binding(2) var<storage, read> t726: array<f32>;
@group(0) @binding(3) var<storage, read> t98: array<f32>;
@group(0) @binding(4) var<storage, read_write> t739: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x679: f32 = t679[i];
  let x717: f32 = t717[i];
  let v738: f32 = x679 + x717;
  let l726: f32 = t726[i];
  let l100: f32 = t98[i % 64i];
  let v728: f32 = l726 * l100;
  let v739: f32 = v738 + v728;
  t739[i] = v739;
}
