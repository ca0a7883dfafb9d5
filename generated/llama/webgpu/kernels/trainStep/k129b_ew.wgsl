// kernel k129b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t983: array<f32>;
@group(0) @binding(3) var<storage, read> t990: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t994: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k129b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l838: f32 = t663[0i];
  let v991: f32 = l17 * l838;
  let x983: f32 = t983[i];
  let x990: f32 = t990[i];
  let v992: f32 = x983 / x990;
  let l841: f32 = t637[0i];
  let v993: f32 = v992 * l841;
  let v994: f32 = v991 - v993;
  t994[i] = v994;
}
