// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t755: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t761: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t766: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l749: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v752: f32 = l749 * 0.9f;
  let l370: f32 = t370[i];
  let l747: f32 = t574[0i];
  let v748: f32 = l370 * l747;
  let v754: f32 = v748 * 0.1f;
  let v755: f32 = v752 + v754;
  t755[i] = v755;
  let l750: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v757: f32 = l750 * 0.95f;
  let v758: f32 = v748 * v748;
  let v760: f32 = v758 * 0.05f;
  let v761: f32 = v757 + v760;
  t761[i] = v761;
  let v762: f32 = sqrt(v761);
  let l763: f32 = t584[0i];
  let v764: f32 = v762 / l763;
  let v766: f32 = v764 + 1e-8f;
  t766[i] = v766;
}
