// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read> t776: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t782: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l777: f32 = t619[0i];
  let v778: f32 = l7 * l777;
  let x765: f32 = t765[i];
  let x776: f32 = t776[i];
  let v779: f32 = x765 / x776;
  let l780: f32 = t593[0i];
  let v781: f32 = v779 * l780;
  let v782: f32 = v778 - v781;
  t782[i] = v782;
}
