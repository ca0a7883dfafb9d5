// kernel k125a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t476: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t805: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wa1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t811: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t816: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l799: f32 = p_optim_m_layers_0_attn_wa1_w[i];
  let v802: f32 = l799 * 0.9f;
  let l476: f32 = t476[i];
  let l797: f32 = t666[0i];
  let v798: f32 = l476 * l797;
  let v804: f32 = v798 * 0.1f;
  let v805: f32 = v802 + v804;
  t805[i] = v805;
  let l800: f32 = p_optim_v_layers_0_attn_wa1_w[i];
  let v807: f32 = l800 * 0.95f;
  let v808: f32 = v798 * v798;
  let v810: f32 = v808 * 0.05f;
  let v811: f32 = v807 + v810;
  t811[i] = v811;
  let v812: f32 = sqrt(v811);
  let l813: f32 = t676[0i];
  let v814: f32 = v812 / l813;
  let v816: f32 = v814 + 1e-8f;
  t816[i] = v816;
}
