// kernel k102b_einsum
@group(0) @binding(0) var<storage, read> t494: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t495: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x494: f32 = t494[i];
  let l177: f32 = p_layers_1_attn_norm_g[i % 64i];
  let v495: f32 = x494 * l177;
  t495[i] = v495;
}
