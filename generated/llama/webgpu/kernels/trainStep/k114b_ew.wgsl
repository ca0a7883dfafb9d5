// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t707: array<f32>;
@group(0) @binding(3) var<storage, read> t718: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t724: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l719: f32 = t663[0i];
  let v720: f32 = l2 * l719;
  let x707: f32 = t707[i];
  let x718: f32 = t718[i];
  let v721: f32 = x707 / x718;
  let l722: f32 = t637[0i];
  let v723: f32 = v721 * l722;
  let v724: f32 = v720 - v723;
  t724[i] = v724;
}
