// kernel k114l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t965: array<f32>;
@group(0) @binding(3) var<storage, read> t972: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t976: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l777: f32 = t619[0i];
  let v973: f32 = l18 * l777;
  let x965: f32 = t965[i];
  let x972: f32 = t972[i];
  let v974: f32 = x965 / x972;
  let l780: f32 = t593[0i];
  let v975: f32 = v974 * l780;
  let v976: f32 = v973 - v975;
  t976[i] = v976;
}
