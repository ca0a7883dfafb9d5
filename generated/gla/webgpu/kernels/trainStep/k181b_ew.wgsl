// kernel k181b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t979: array<f32>;
@group(0) @binding(3) var<storage, read> t990: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t996: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wa1_w[i];
  let l991: f32 = t875[0i];
  let v992: f32 = l5 * l991;
  let x979: f32 = t979[i];
  let x990: f32 = t990[i];
  let v993: f32 = x979 / x990;
  let l994: f32 = t849[0i];
  let v995: f32 = v993 * l994;
  let v996: f32 = v992 - v995;
  t996[i] = v996;
}
