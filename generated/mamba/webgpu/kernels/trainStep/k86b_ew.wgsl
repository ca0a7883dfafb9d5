// kernel k86b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t667: array<f32>;
@group(0) @binding(3) var<storage, read> t678: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t684: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_mixer_conv_w[i];
  let l679: f32 = t597[0i];
  let v680: f32 = l3 * l679;
  let x667: f32 = t667[i];
  let x678: f32 = t678[i];
  let v681: f32 = x667 / x678;
  let l682: f32 = t571[0i];
  let v683: f32 = v681 * l682;
  let v684: f32 = v680 - v683;
  t684[i] = v684;
}
