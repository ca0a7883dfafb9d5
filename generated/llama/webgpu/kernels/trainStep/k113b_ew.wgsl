// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t754: array<f32>;
@group(0) @binding(3) var<storage, read> t765: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t771: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l766: f32 = t617[0i];
  let v767: f32 = l7 * l766;
  let x754: f32 = t754[i];
  let x765: f32 = t765[i];
  let v768: f32 = x754 / x765;
  let l769: f32 = t591[0i];
  let v770: f32 = v768 * l769;
  let v771: f32 = v767 - v770;
  t771[i] = v771;
}
