// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t674: array<f32>;
@group(0) @binding(3) var<storage, read> t681: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t685: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l663: f32 = t607[0i];
  let v682: f32 = l3 * l663;
  let x674: f32 = t674[i];
  let x681: f32 = t681[i];
  let v683: f32 = x674 / x681;
  let l666: f32 = t581[0i];
  let v684: f32 = v683 * l666;
  let v685: f32 = v682 - v684;
  t685[i] = v685;
}
