// kernel k45b_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t271: array<f32>;
@group(0) @binding(1) var<storage, read> t272: array<f32>;
@group(0) @binding(2) var<storage, read_write> t274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k45b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x271: f32 = t271[i];
  let l273: f32 = t272[i];
  let v274: f32 = x271 * l273;
  t274[i] = v274;
}
