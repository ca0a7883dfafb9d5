// kernel k113j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t927: array<f32>;
@group(0) @binding(3) var<storage, read> t934: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l782: f32 = t607[0i];
  let v935: f32 = l17 * l782;
  let x927: f32 = t927[i];
  let x934: f32 = t934[i];
  let v936: f32 = x927 / x934;
  let l785: f32 = t581[0i];
  let v937: f32 = v936 * l785;
  let v938: f32 = v935 - v937;
  t938[i] = v938;
}
