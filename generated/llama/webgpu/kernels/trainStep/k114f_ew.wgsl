// kernel k114f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t705: array<f32>;
@group(0) @binding(3) var<storage, read> t712: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t716: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l677: f32 = t621[0i];
  let v713: f32 = l4 * l677;
  let x705: f32 = t705[i];
  let x712: f32 = t712[i];
  let v714: f32 = x705 / x712;
  let l680: f32 = t595[0i];
  let v715: f32 = v714 * l680;
  let v716: f32 = v713 - v715;
  t716[i] = v716;
}
