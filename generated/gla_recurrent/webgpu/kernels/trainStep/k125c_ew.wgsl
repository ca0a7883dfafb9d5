// kernel k125c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t474: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t831: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t837: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t842: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l825: f32 = p_optim_m_layers_0_attn_wa2_w[i];
  let v828: f32 = l825 * 0.9f;
  let l474: f32 = t474[i];
  let l823: f32 = t666[0i];
  let v824: f32 = l474 * l823;
  let v830: f32 = v824 * 0.1f;
  let v831: f32 = v828 + v830;
  t831[i] = v831;
  let l826: f32 = p_optim_v_layers_0_attn_wa2_w[i];
  let v833: f32 = l826 * 0.95f;
  let v834: f32 = v824 * v824;
  let v836: f32 = v834 * 0.05f;
  let v837: f32 = v833 + v836;
  t837[i] = v837;
  let v838: f32 = sqrt(v837);
  let l839: f32 = t676[0i];
  let v840: f32 = v838 / l839;
  let v842: f32 = v840 + 1e-8f;
  t842[i] = v842;
}
