// kernel k51_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t271: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read_write> t275: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l271: f32 = t271[i];
  let v272: f32 = 1.0f / (1.0f + exp(min(-l271, 88.0f)));
  let v273: f32 = l271 * v272;
  let l274: f32 = t274[i];
  let v275: f32 = v273 * l274;
  t275[i] = v275;
}
