// kernel k157c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t601: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t926: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t930: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t933: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l922: f32 = p_optim_m_blocks_0_attn_wq_w[i];
  let v924: f32 = l922 * 0.9f;
  let l601: f32 = t601[i];
  let l852: f32 = t808[0i];
  let v921: f32 = l601 * l852;
  let v925: f32 = v921 * 0.1f;
  let v926: f32 = v924 + v925;
  t926[i] = v926;
  let l923: f32 = p_optim_v_blocks_0_attn_wq_w[i];
  let v927: f32 = l923 * 0.95f;
  let v928: f32 = v921 * v921;
  let v929: f32 = v928 * 0.05f;
  let v930: f32 = v927 + v929;
  t930[i] = v930;
  let v931: f32 = sqrt(v930);
  let l868: f32 = t818[0i];
  let v932: f32 = v931 / l868;
  let v933: f32 = v932 + 1e-8f;
  t933[i] = v933;
}
