// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t744: array<f32>;
@group(0) @binding(3) var<storage, read> t755: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t761: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_mlp_w1_w[i];
  let l756: f32 = t607[0i];
  let v757: f32 = l7 * l756;
  let x744: f32 = t744[i];
  let x755: f32 = t755[i];
  let v758: f32 = x744 / x755;
  let l759: f32 = t581[0i];
  let v760: f32 = v758 * l759;
  let v761: f32 = v757 - v760;
  t761[i] = v761;
}
