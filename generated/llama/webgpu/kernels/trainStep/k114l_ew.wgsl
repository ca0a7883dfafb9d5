// kernel k114l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t857: array<f32>;
@group(0) @binding(3) var<storage, read> t864: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t868: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l677: f32 = t621[0i];
  let v865: f32 = l12 * l677;
  let x857: f32 = t857[i];
  let x864: f32 = t864[i];
  let v866: f32 = x857 / x864;
  let l680: f32 = t595[0i];
  let v867: f32 = v866 * l680;
  let v868: f32 = v865 - v867;
  t868[i] = v868;
}
