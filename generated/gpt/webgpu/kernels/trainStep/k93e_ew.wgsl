// kernel k93e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t431: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t787: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t791: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t794: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l783: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v785: f32 = l783 * 0.9f;
  let l431: f32 = t431[i];
  let l680: f32 = t636[0i];
  let v782: f32 = l431 * l680;
  let v786: f32 = v782 * 0.1f;
  let v787: f32 = v785 + v786;
  t787[i] = v787;
  let l784: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v788: f32 = l784 * 0.95f;
  let v789: f32 = v782 * v782;
  let v790: f32 = v789 * 0.05f;
  let v791: f32 = v788 + v790;
  t791[i] = v791;
  let v792: f32 = sqrt(v791);
  let l696: f32 = t646[0i];
  let v793: f32 = v792 / l696;
  let v794: f32 = v793 + 1e-8f;
  t794[i] = v794;
}
