// kernel k114d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read> t695: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t699: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l677: f32 = t621[0i];
  let v696: f32 = l3 * l677;
  let x688: f32 = t688[i];
  let x695: f32 = t695[i];
  let v697: f32 = x688 / x695;
  let l680: f32 = t595[0i];
  let v698: f32 = v697 * l680;
  let v699: f32 = v696 - v698;
  t699[i] = v699;
}
