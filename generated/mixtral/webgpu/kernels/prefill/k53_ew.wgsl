// kernel k53_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t275: array<f32>;
@group(0) @binding(1) var<storage, read> t278: array<f32>;
@group(0) @binding(2) var<storage, read_write> t279: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l275: f32 = t275[i];
  let v276: f32 = 1.0f / (1.0f + exp(min(-l275, 88.0f)));
  let v277: f32 = l275 * v276;
  let l278: f32 = t278[i];
  let v279: f32 = v277 * l278;
  t279[i] = v279;
}
