// kernel k95e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t435: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t791: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t795: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t798: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l787: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v789: f32 = l787 * 0.9f;
  let l435: f32 = t435[i];
  let l684: f32 = t640[0i];
  let v786: f32 = l435 * l684;
  let v790: f32 = v786 * 0.1f;
  let v791: f32 = v789 + v790;
  t791[i] = v791;
  let l788: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v792: f32 = l788 * 0.95f;
  let v793: f32 = v786 * v786;
  let v794: f32 = v793 * 0.05f;
  let v795: f32 = v792 + v794;
  t795[i] = v795;
  let v796: f32 = sqrt(v795);
  let l700: f32 = t650[0i];
  let v797: f32 = v796 / l700;
  let v798: f32 = v797 + 1e-8f;
  t798[i] = v798;
}
