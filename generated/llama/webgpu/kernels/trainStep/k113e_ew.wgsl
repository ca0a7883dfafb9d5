// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t360: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t793: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t797: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t800: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l789: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v791: f32 = l789 * 0.9f;
  let l360: f32 = t360[i];
  let l736: f32 = t572[0i];
  let v788: f32 = l360 * l736;
  let v792: f32 = v788 * 0.1f;
  let v793: f32 = v791 + v792;
  t793[i] = v793;
  let l790: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v794: f32 = l790 * 0.95f;
  let v795: f32 = v788 * v788;
  let v796: f32 = v795 * 0.05f;
  let v797: f32 = v794 + v796;
  t797[i] = v797;
  let v798: f32 = sqrt(v797);
  let l752: f32 = t582[0i];
  let v799: f32 = v798 / l752;
  let v800: f32 = v799 + 1e-8f;
  t800[i] = v800;
}
