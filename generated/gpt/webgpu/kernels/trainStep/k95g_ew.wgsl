// kernel k95g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t429: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t824: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t828: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t831: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l820: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v822: f32 = l820 * 0.9f;
  let l429: f32 = t429[i];
  let l684: f32 = t640[0i];
  let v819: f32 = l429 * l684;
  let v823: f32 = v819 * 0.1f;
  let v824: f32 = v822 + v823;
  t824[i] = v824;
  let l821: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v825: f32 = l821 * 0.95f;
  let v826: f32 = v819 * v819;
  let v827: f32 = v826 * 0.05f;
  let v828: f32 = v825 + v827;
  t828[i] = v828;
  let v829: f32 = sqrt(v828);
  let l700: f32 = t650[0i];
  let v830: f32 = v829 / l700;
  let v831: f32 = v830 + 1e-8f;
  t831[i] = v831;
}
