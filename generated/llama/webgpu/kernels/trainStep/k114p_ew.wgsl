// kernel k114p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t891: array<f32>;
@group(0) @binding(3) var<storage, read> t898: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t902: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l677: f32 = t621[0i];
  let v899: f32 = l14 * l677;
  let x891: f32 = t891[i];
  let x898: f32 = t898[i];
  let v900: f32 = x891 / x898;
  let l680: f32 = t595[0i];
  let v901: f32 = v900 * l680;
  let v902: f32 = v899 - v901;
  t902[i] = v902;
}
