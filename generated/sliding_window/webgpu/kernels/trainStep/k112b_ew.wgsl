// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t663: array<f32>;
@group(0) @binding(3) var<storage, read> t674: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t680: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l675: f32 = t619[0i];
  let v676: f32 = l2 * l675;
  let x663: f32 = t663[i];
  let x674: f32 = t674[i];
  let v677: f32 = x663 / x674;
  let l678: f32 = t593[0i];
  let v679: f32 = v677 * l678;
  let v680: f32 = v676 - v679;
  t680[i] = v680;
}
