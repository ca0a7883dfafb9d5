// kernel k114c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t366: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t791: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t797: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t802: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l785: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v788: f32 = l785 * 0.9f;
  let l366: f32 = t366[i];
  let l783: f32 = t584[0i];
  let v784: f32 = l366 * l783;
  let v790: f32 = v784 * 0.1f;
  let v791: f32 = v788 + v790;
  t791[i] = v791;
  let l786: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v793: f32 = l786 * 0.95f;
  let v794: f32 = v784 * v784;
  let v796: f32 = v794 * 0.05f;
  let v797: f32 = v793 + v796;
  t797[i] = v797;
  let v798: f32 = sqrt(v797);
  let l799: f32 = t594[0i];
  let v800: f32 = v798 / l799;
  let v802: f32 = v800 + 1e-8f;
  t802[i] = v802;
}
