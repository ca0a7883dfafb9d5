// kernel k114h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t902: array<f32>;
@group(0) @binding(3) var<storage, read> t909: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t913: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l679: f32 = t623[0i];
  let v910: f32 = l14 * l679;
  let x902: f32 = t902[i];
  let x909: f32 = t909[i];
  let v911: f32 = x902 / x909;
  let l682: f32 = t597[0i];
  let v912: f32 = v911 * l682;
  let v913: f32 = v910 - v912;
  t913[i] = v913;
}
