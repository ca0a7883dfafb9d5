// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t864: array<f32>;
@group(0) @binding(3) var<storage, read> t871: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t875: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wk_w[i];
  let l701: f32 = t619[0i];
  let v872: f32 = l12 * l701;
  let x864: f32 = t864[i];
  let x871: f32 = t871[i];
  let v873: f32 = x864 / x871;
  let l704: f32 = t593[0i];
  let v874: f32 = v873 * l704;
  let v875: f32 = v872 - v874;
  t875[i] = v875;
}
