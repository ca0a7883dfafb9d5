// kernel k114m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t338: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t874: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t878: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t881: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l870: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v872: f32 = l870 * 0.9f;
  let l338: f32 = t338[i];
  let l657: f32 = t586[0i];
  let v869: f32 = l338 * l657;
  let v873: f32 = v869 * 0.1f;
  let v874: f32 = v872 + v873;
  t874[i] = v874;
  let l871: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v875: f32 = l871 * 0.95f;
  let v876: f32 = v869 * v869;
  let v877: f32 = v876 * 0.05f;
  let v878: f32 = v875 + v877;
  t878[i] = v878;
  let v879: f32 = sqrt(v878);
  let l673: f32 = t596[0i];
  let v880: f32 = v879 / l673;
  let v881: f32 = v880 + 1e-8f;
  t881[i] = v881;
}
