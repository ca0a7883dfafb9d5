// kernel k114c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t453: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t688: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t692: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t695: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l684: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v686: f32 = l684 * 0.9f;
  let l453: f32 = t453[i];
  let l657: f32 = t586[0i];
  let v683: f32 = l453 * l657;
  let v687: f32 = v683 * 0.1f;
  let v688: f32 = v686 + v687;
  t688[i] = v688;
  let l685: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v689: f32 = l685 * 0.95f;
  let v690: f32 = v683 * v683;
  let v691: f32 = v690 * 0.05f;
  let v692: f32 = v689 + v691;
  t692[i] = v692;
  let v693: f32 = sqrt(v692);
  let l673: f32 = t596[0i];
  let v694: f32 = v693 / l673;
  let v695: f32 = v694 + 1e-8f;
  t695[i] = v695;
}
