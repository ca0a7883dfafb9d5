// kernel k95i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t415: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t857: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t861: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t864: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l853: f32 = p_optim_m_blocks_0_attn_wo_w[i];
  let v855: f32 = l853 * 0.9f;
  let l415: f32 = t415[i];
  let l684: f32 = t640[0i];
  let v852: f32 = l415 * l684;
  let v856: f32 = v852 * 0.1f;
  let v857: f32 = v855 + v856;
  t857[i] = v857;
  let l854: f32 = p_optim_v_blocks_0_attn_wo_w[i];
  let v858: f32 = l854 * 0.95f;
  let v859: f32 = v852 * v852;
  let v860: f32 = v859 * 0.05f;
  let v861: f32 = v858 + v860;
  t861[i] = v861;
  let v862: f32 = sqrt(v861);
  let l700: f32 = t650[0i];
  let v863: f32 = v862 / l700;
  let v864: f32 = v863 + 1e-8f;
  t864[i] = v864;
}
