// kernel k115h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t924: array<f32>;
@group(0) @binding(3) var<storage, read> t931: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t935: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l770: f32 = t621[0i];
  let v932: f32 = l16 * l770;
  let x924: f32 = t924[i];
  let x931: f32 = t931[i];
  let v933: f32 = x924 / x931;
  let l773: f32 = t595[0i];
  let v934: f32 = v933 * l773;
  let v935: f32 = v932 - v934;
  t935[i] = v935;
}
