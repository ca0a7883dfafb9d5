// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t755: array<f32>;
@group(0) @binding(3) var<storage, read> t766: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t772: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l767: f32 = t609[0i];
  let v768: f32 = l7 * l767;
  let x755: f32 = t755[i];
  let x766: f32 = t766[i];
  let v769: f32 = x755 / x766;
  let l770: f32 = t583[0i];
  let v771: f32 = v769 * l770;
  let v772: f32 = v768 - v771;
  t772[i] = v772;
}
