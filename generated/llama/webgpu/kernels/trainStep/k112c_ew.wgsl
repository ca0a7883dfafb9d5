// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t449: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t684: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t688: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t691: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l680: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v682: f32 = l680 * 0.9f;
  let l449: f32 = t449[i];
  let l653: f32 = t582[0i];
  let v679: f32 = l449 * l653;
  let v683: f32 = v679 * 0.1f;
  let v684: f32 = v682 + v683;
  t684[i] = v684;
  let l681: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v685: f32 = l681 * 0.95f;
  let v686: f32 = v679 * v679;
  let v687: f32 = v686 * 0.05f;
  let v688: f32 = v685 + v687;
  t688[i] = v688;
  let v689: f32 = sqrt(v688);
  let l669: f32 = t592[0i];
  let v690: f32 = v689 / l669;
  let v691: f32 = v690 + 1e-8f;
  t691[i] = v691;
}
