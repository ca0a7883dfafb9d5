// kernel k92c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t384: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t921: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t927: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t932: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l915: f32 = p_optim_m_blocks_0_mlp_fc_w[i];
  let v918: f32 = l915 * 0.9f;
  let l384: f32 = t384[i];
  let l913: f32 = t636[0i];
  let v914: f32 = l384 * l913;
  let v920: f32 = v914 * 0.1f;
  let v921: f32 = v918 + v920;
  t921[i] = v921;
  let l916: f32 = p_optim_v_blocks_0_mlp_fc_w[i];
  let v923: f32 = l916 * 0.95f;
  let v924: f32 = v914 * v914;
  let v926: f32 = v924 * 0.05f;
  let v927: f32 = v923 + v926;
  t927[i] = v927;
  let v928: f32 = sqrt(v927);
  let l929: f32 = t646[0i];
  let v930: f32 = v928 / l929;
  let v932: f32 = v930 + 1e-8f;
  t932[i] = v932;
}
