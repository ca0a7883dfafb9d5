// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t770: array<f32>;
@group(0) @binding(3) var<storage, read> t781: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t787: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l782: f32 = t607[0i];
  let v783: f32 = l8 * l782;
  let x770: f32 = t770[i];
  let x781: f32 = t781[i];
  let v784: f32 = x770 / x781;
  let l785: f32 = t581[0i];
  let v786: f32 = v784 * l785;
  let v787: f32 = v783 - v786;
  t787[i] = v787;
}
