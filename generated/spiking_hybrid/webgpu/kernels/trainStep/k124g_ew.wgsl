// kernel k124g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_linear_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t454: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t788: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_linear_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t792: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t795: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l784: f32 = p_optim_m_layers_0_linear_wo_w[i];
  let v786: f32 = l784 * 0.9f;
  let l454: f32 = t454[i];
  let l723: f32 = t652[0i];
  let v783: f32 = l454 * l723;
  let v787: f32 = v783 * 0.1f;
  let v788: f32 = v786 + v787;
  t788[i] = v788;
  let l785: f32 = p_optim_v_layers_0_linear_wo_w[i];
  let v789: f32 = l785 * 0.95f;
  let v790: f32 = v783 * v783;
  let v791: f32 = v790 * 0.05f;
  let v792: f32 = v789 + v791;
  t792[i] = v792;
  let v793: f32 = sqrt(v792);
  let l739: f32 = t662[0i];
  let v794: f32 = v793 / l739;
  let v795: f32 = v794 + 1e-8f;
  t795[i] = v795;
}
