// kernel k114h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t931: array<f32>;
@group(0) @binding(3) var<storage, read> t938: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t942: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l777: f32 = t619[0i];
  let v939: f32 = l16 * l777;
  let x931: f32 = t931[i];
  let x938: f32 = t938[i];
  let v940: f32 = x931 / x938;
  let l780: f32 = t593[0i];
  let v941: f32 = v940 * l780;
  let v942: f32 = v939 - v941;
  t942[i] = v942;
}
