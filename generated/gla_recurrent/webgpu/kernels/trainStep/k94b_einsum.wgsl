// kernel k94b_einsum
@group(0) @binding(0) var<storage, read> t492: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t493: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x492: f32 = t492[i];
  let l46: f32 = p_layers_0_attn_norm_g[i % 64i];
  let v493: f32 = x492 * l46;
  t493[i] = v493;
}
