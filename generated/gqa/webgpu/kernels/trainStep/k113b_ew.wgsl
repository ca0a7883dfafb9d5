// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read> t690: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t696: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l691: f32 = t609[0i];
  let v692: f32 = l3 * l691;
  let x679: f32 = t679[i];
  let x690: f32 = t690[i];
  let v693: f32 = x679 / x690;
  let l694: f32 = t583[0i];
  let v695: f32 = v693 * l694;
  let v696: f32 = v692 - v695;
  t696[i] = v696;
}
