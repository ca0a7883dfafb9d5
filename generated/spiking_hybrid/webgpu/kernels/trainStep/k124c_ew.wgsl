// kernel k124c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_linear_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t518: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t754: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_linear_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t758: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t761: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l750: f32 = p_optim_m_layers_0_linear_wk_w[i];
  let v752: f32 = l750 * 0.9f;
  let l518: f32 = t518[i];
  let l723: f32 = t652[0i];
  let v749: f32 = l518 * l723;
  let v753: f32 = v749 * 0.1f;
  let v754: f32 = v752 + v753;
  t754[i] = v754;
  let l751: f32 = p_optim_v_layers_0_linear_wk_w[i];
  let v755: f32 = l751 * 0.95f;
  let v756: f32 = v749 * v749;
  let v757: f32 = v756 * 0.05f;
  let v758: f32 = v755 + v757;
  t758[i] = v758;
  let v759: f32 = sqrt(v758);
  let l739: f32 = t662[0i];
  let v760: f32 = v759 / l739;
  let v761: f32 = v760 + 1e-8f;
  t761[i] = v761;
}
