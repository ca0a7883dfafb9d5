// kernel k116b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t747: array<f32>;
@group(0) @binding(3) var<storage, read> t754: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t758: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l719: f32 = t663[0i];
  let v755: f32 = l4 * l719;
  let x747: f32 = t747[i];
  let x754: f32 = t754[i];
  let v756: f32 = x747 / x754;
  let l722: f32 = t637[0i];
  let v757: f32 = v756 * l722;
  let v758: f32 = v755 - v757;
  t758[i] = v758;
}
