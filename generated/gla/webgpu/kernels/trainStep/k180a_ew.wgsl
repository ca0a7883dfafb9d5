// kernel k180a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t661: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t919: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t925: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t930: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l913: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v916: f32 = l913 * 0.9f;
  let l661: f32 = t661[i];
  let l911: f32 = t840[0i];
  let v912: f32 = l661 * l911;
  let v918: f32 = v912 * 0.1f;
  let v919: f32 = v916 + v918;
  t919[i] = v919;
  let l914: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v921: f32 = l914 * 0.95f;
  let v922: f32 = v912 * v912;
  let v924: f32 = v922 * 0.05f;
  let v925: f32 = v921 + v924;
  t925[i] = v925;
  let v926: f32 = sqrt(v925);
  let l927: f32 = t850[0i];
  let v928: f32 = v926 / l927;
  let v930: f32 = v928 + 1e-8f;
  t930[i] = v930;
}
