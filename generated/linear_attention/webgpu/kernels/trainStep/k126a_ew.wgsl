// kernel k126a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t599: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t756: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t762: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t768: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l750: f32 = p_optim_m_wte_w[i];
  let v753: f32 = l750 * 0.9f;
  let l599: f32 = t599[i];
  let l748: f32 = t736[0i];
  let v749: f32 = l599 * l748;
  let v755: f32 = v749 * 0.1f;
  let v756: f32 = v753 + v755;
  t756[i] = v756;
  let l751: f32 = p_optim_v_wte_w[i];
  let v758: f32 = l751 * 0.95f;
  let v759: f32 = v749 * v749;
  let v761: f32 = v759 * 0.05f;
  let v762: f32 = v758 + v761;
  t762[i] = v762;
  let v763: f32 = sqrt(v762);
  let l765: f32 = t746[0i];
  let v766: f32 = v763 / l765;
  let v768: f32 = v766 + 1e-8f;
  t768[i] = v768;
}
