// kernel k120a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t402: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t826: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t832: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t837: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l820: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v823: f32 = l820 * 0.9f;
  let l402: f32 = t402[i];
  let l818: f32 = t628[0i];
  let v819: f32 = l402 * l818;
  let v825: f32 = v819 * 0.1f;
  let v826: f32 = v823 + v825;
  t826[i] = v826;
  let l821: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v828: f32 = l821 * 0.95f;
  let v829: f32 = v819 * v819;
  let v831: f32 = v829 * 0.05f;
  let v832: f32 = v828 + v831;
  t832[i] = v832;
  let v833: f32 = sqrt(v832);
  let l834: f32 = t638[0i];
  let v835: f32 = v833 / l834;
  let v837: f32 = v835 + 1e-8f;
  t837[i] = v837;
}
