// kernel k114i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t346: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t840: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t844: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t847: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l836: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v838: f32 = l836 * 0.9f;
  let l346: f32 = t346[i];
  let l657: f32 = t586[0i];
  let v835: f32 = l346 * l657;
  let v839: f32 = v835 * 0.1f;
  let v840: f32 = v838 + v839;
  t840[i] = v840;
  let l837: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v841: f32 = l837 * 0.95f;
  let v842: f32 = v835 * v835;
  let v843: f32 = v842 * 0.05f;
  let v844: f32 = v841 + v843;
  t844[i] = v844;
  let v845: f32 = sqrt(v844);
  let l673: f32 = t596[0i];
  let v846: f32 = v845 / l673;
  let v847: f32 = v846 + 1e-8f;
  t847[i] = v847;
}
