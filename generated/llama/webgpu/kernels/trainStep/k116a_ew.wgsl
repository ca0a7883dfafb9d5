// kernel k116a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t491: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t747: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t751: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t754: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l743: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v745: f32 = l743 * 0.9f;
  let l491: f32 = t491[i];
  let l699: f32 = t628[0i];
  let v742: f32 = l491 * l699;
  let v746: f32 = v742 * 0.1f;
  let v747: f32 = v745 + v746;
  t747[i] = v747;
  let l744: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v748: f32 = l744 * 0.95f;
  let v749: f32 = v742 * v742;
  let v750: f32 = v749 * 0.05f;
  let v751: f32 = v748 + v750;
  t751[i] = v751;
  let v752: f32 = sqrt(v751);
  let l715: f32 = t638[0i];
  let v753: f32 = v752 / l715;
  let v754: f32 = v753 + 1e-8f;
  t754[i] = v754;
}
