// kernel k96a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t474: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t830: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t834: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t837: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l826: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v828: f32 = l826 * 0.9f;
  let l474: f32 = t474[i];
  let l723: f32 = t679[0i];
  let v825: f32 = l474 * l723;
  let v829: f32 = v825 * 0.1f;
  let v830: f32 = v828 + v829;
  t830[i] = v830;
  let l827: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v831: f32 = l827 * 0.95f;
  let v832: f32 = v825 * v825;
  let v833: f32 = v832 * 0.05f;
  let v834: f32 = v831 + v833;
  t834[i] = v834;
  let v835: f32 = sqrt(v834);
  let l739: f32 = t689[0i];
  let v836: f32 = v835 / l739;
  let v837: f32 = v836 + 1e-8f;
  t837[i] = v837;
}
