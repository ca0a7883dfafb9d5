// kernel k9_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t81: array<f32>;
@group(0) @binding(1) var<storage, read> t37: array<f32>;
@group(0) @binding(2) var<storage, read_write> t88: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l84: f32 = t81[i];
  let l85: f32 = t37[128i + i / 128i * 256i + i % 128i];
  let v86: f32 = 1.0f / (1.0f + exp(min(-l85, 88.0f)));
  let v87: f32 = l85 * v86;
  let v88: f32 = l84 * v87;
  t88[i] = v88;
}
