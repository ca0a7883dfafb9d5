// kernel k114j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read> t847: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t851: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l677: f32 = t621[0i];
  let v848: f32 = l11 * l677;
  let x840: f32 = t840[i];
  let x847: f32 = t847[i];
  let v849: f32 = x840 / x847;
  let l680: f32 = t595[0i];
  let v850: f32 = v849 * l680;
  let v851: f32 = v848 - v850;
  t851[i] = v851;
}
