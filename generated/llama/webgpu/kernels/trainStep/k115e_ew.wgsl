// kernel k115e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t371: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t807: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t811: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t814: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l803: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v805: f32 = l803 * 0.9f;
  let l371: f32 = t371[i];
  let l750: f32 = t586[0i];
  let v802: f32 = l371 * l750;
  let v806: f32 = v802 * 0.1f;
  let v807: f32 = v805 + v806;
  t807[i] = v807;
  let l804: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v808: f32 = l804 * 0.95f;
  let v809: f32 = v802 * v802;
  let v810: f32 = v809 * 0.05f;
  let v811: f32 = v808 + v810;
  t811[i] = v811;
  let v812: f32 = sqrt(v811);
  let l766: f32 = t596[0i];
  let v813: f32 = v812 / l766;
  let v814: f32 = v813 + 1e-8f;
  t814[i] = v814;
}
