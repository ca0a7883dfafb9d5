// kernel k115h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t885: array<f32>;
@group(0) @binding(3) var<storage, read> t892: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t896: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l705: f32 = t623[0i];
  let v893: f32 = l13 * l705;
  let x885: f32 = t885[i];
  let x892: f32 = t892[i];
  let v894: f32 = x885 / x892;
  let l708: f32 = t597[0i];
  let v895: f32 = v894 * l708;
  let v896: f32 = v893 - v895;
  t896[i] = v896;
}
