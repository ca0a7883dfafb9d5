// kernel k113l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t944: array<f32>;
@group(0) @binding(3) var<storage, read> t951: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t955: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l756: f32 = t607[0i];
  let v952: f32 = l18 * l756;
  let x944: f32 = t944[i];
  let x951: f32 = t951[i];
  let v953: f32 = x944 / x951;
  let l759: f32 = t581[0i];
  let v954: f32 = v953 * l759;
  let v955: f32 = v952 - v954;
  t955[i] = v955;
}
