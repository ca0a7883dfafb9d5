// kernel k152a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t586: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t885: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t891: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t896: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l879: f32 = p_optim_m_layers_0_attn_wq_b_w[i];
  let v882: f32 = l879 * 0.9f;
  let l586: f32 = t586[i];
  let l877: f32 = t756[0i];
  let v878: f32 = l586 * l877;
  let v884: f32 = v878 * 0.1f;
  let v885: f32 = v882 + v884;
  t885[i] = v885;
  let l880: f32 = p_optim_v_layers_0_attn_wq_b_w[i];
  let v887: f32 = l880 * 0.95f;
  let v888: f32 = v878 * v878;
  let v890: f32 = v888 * 0.05f;
  let v891: f32 = v887 + v890;
  t891[i] = v891;
  let v892: f32 = sqrt(v891);
  let l893: f32 = t766[0i];
  let v894: f32 = v892 / l893;
  let v896: f32 = v894 + 1e-8f;
  t896[i] = v896;
}
