// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t501: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t753: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t759: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t764: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l747: f32 = p_optim_m_wpe[i];
  let v750: f32 = l747 * 0.9f;
  let l502: f32 = t501[i];
  let l745: f32 = t701[0i];
  let v746: f32 = l502 * l745;
  let v752: f32 = v746 * 0.1f;
  let v753: f32 = v750 + v752;
  t753[i] = v753;
  let l748: f32 = p_optim_v_wpe[i];
  let v755: f32 = l748 * 0.95f;
  let v756: f32 = v746 * v746;
  let v758: f32 = v756 * 0.05f;
  let v759: f32 = v755 + v758;
  t759[i] = v759;
  let v760: f32 = sqrt(v759);
  let l761: f32 = t711[0i];
  let v762: f32 = v760 / l761;
  let v764: f32 = v762 + 1e-8f;
  t764[i] = v764;
}
