// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t803: array<f32>;
@group(0) @binding(3) var<storage, read> t810: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t814: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l766: f32 = t617[0i];
  let v811: f32 = l9 * l766;
  let x803: f32 = t803[i];
  let x810: f32 = t810[i];
  let v812: f32 = x803 / x810;
  let l769: f32 = t591[0i];
  let v813: f32 = v812 * l769;
  let v814: f32 = v811 - v813;
  t814[i] = v814;
}
