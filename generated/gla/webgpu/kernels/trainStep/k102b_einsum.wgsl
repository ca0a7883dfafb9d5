// kernel k102b_einsum
@group(0) @binding(0) var<storage, read> t530: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t531: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x530: f32 = t530[i];
  let l190: f32 = p_layers_1_attn_norm_g[i % 64i];
  let v531: f32 = x530 * l190;
  t531[i] = v531;
}
