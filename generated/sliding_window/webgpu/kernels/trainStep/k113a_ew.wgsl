// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t451: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t689: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t695: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t700: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l683: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v686: f32 = l683 * 0.9f;
  let l451: f32 = t451[i];
  let l681: f32 = t584[0i];
  let v682: f32 = l451 * l681;
  let v688: f32 = v682 * 0.1f;
  let v689: f32 = v686 + v688;
  t689[i] = v689;
  let l684: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v691: f32 = l684 * 0.95f;
  let v692: f32 = v682 * v682;
  let v694: f32 = v692 * 0.05f;
  let v695: f32 = v691 + v694;
  t695[i] = v695;
  let v696: f32 = sqrt(v695);
  let l697: f32 = t594[0i];
  let v698: f32 = v696 / l697;
  let v700: f32 = v698 + 1e-8f;
  t700[i] = v700;
}
