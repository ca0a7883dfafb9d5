// kernel k118a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_emb_w: array<f32>;
@group(0) @binding(1) var<storage, read> t699: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t921: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_emb_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t927: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t933: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l915: f32 = p_optim_m_emb_w[i];
  let v918: f32 = l915 * 0.9f;
  let l699: f32 = t699[i];
  let l913: f32 = t901[0i];
  let v914: f32 = l699 * l913;
  let v920: f32 = v914 * 0.1f;
  let v921: f32 = v918 + v920;
  t921[i] = v921;
  let l916: f32 = p_optim_v_emb_w[i];
  let v923: f32 = l916 * 0.95f;
  let v924: f32 = v914 * v914;
  let v926: f32 = v924 * 0.05f;
  let v927: f32 = v923 + v926;
  t927[i] = v927;
  let v928: f32 = sqrt(v927);
  let l930: f32 = t911[0i];
  let v931: f32 = v928 / l930;
  let v933: f32 = v931 + 1e-8f;
  t933[i] = v933;
}
