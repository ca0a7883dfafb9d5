// kernel k116f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t818: array<f32>;
@group(0) @binding(3) var<storage, read> t825: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t829: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l781: f32 = t623[0i];
  let v826: f32 = l9 * l781;
  let x818: f32 = t818[i];
  let x825: f32 = t825[i];
  let v827: f32 = x818 / x825;
  let l784: f32 = t597[0i];
  let v828: f32 = v827 * l784;
  let v829: f32 = v826 - v828;
  t829[i] = v829;
}
