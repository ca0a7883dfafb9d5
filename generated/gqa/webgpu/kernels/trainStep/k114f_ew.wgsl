// kernel k114f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t814: array<f32>;
@group(0) @binding(3) var<storage, read> t821: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t825: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l777: f32 = t619[0i];
  let v822: f32 = l9 * l777;
  let x814: f32 = t814[i];
  let x821: f32 = t821[i];
  let v823: f32 = x814 / x821;
  let l780: f32 = t593[0i];
  let v824: f32 = v823 * l780;
  let v825: f32 = v822 - v824;
  t825[i] = v825;
}
