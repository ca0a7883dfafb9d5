// kernel k119a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t416: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t800: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t806: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t811: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l794: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v797: f32 = l794 * 0.9f;
  let l416: f32 = t416[i];
  let l792: f32 = t628[0i];
  let v793: f32 = l416 * l792;
  let v799: f32 = v793 * 0.1f;
  let v800: f32 = v797 + v799;
  t800[i] = v800;
  let l795: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v802: f32 = l795 * 0.95f;
  let v803: f32 = v793 * v793;
  let v805: f32 = v803 * 0.05f;
  let v806: f32 = v802 + v805;
  t806[i] = v806;
  let v807: f32 = sqrt(v806);
  let l808: f32 = t638[0i];
  let v809: f32 = v807 / l808;
  let v811: f32 = v809 + 1e-8f;
  t811[i] = v811;
}
