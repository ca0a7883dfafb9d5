// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t380: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t765: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t771: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t776: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l759: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v762: f32 = l759 * 0.9f;
  let l380: f32 = t380[i];
  let l757: f32 = t584[0i];
  let v758: f32 = l380 * l757;
  let v764: f32 = v758 * 0.1f;
  let v765: f32 = v762 + v764;
  t765[i] = v765;
  let l760: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v767: f32 = l760 * 0.95f;
  let v768: f32 = v758 * v758;
  let v770: f32 = v768 * 0.05f;
  let v771: f32 = v767 + v770;
  t771[i] = v771;
  let v772: f32 = sqrt(v771);
  let l773: f32 = t594[0i];
  let v774: f32 = v772 / l773;
  let v776: f32 = v774 + 1e-8f;
  t776[i] = v776;
}
