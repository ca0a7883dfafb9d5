// kernel k125a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn1_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t434: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t824: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn1_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t830: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t835: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l818: f32 = p_optim_m_layers_0_ffn1_w1_w[i];
  let v821: f32 = l818 * 0.9f;
  let l434: f32 = t434[i];
  let l816: f32 = t652[0i];
  let v817: f32 = l434 * l816;
  let v823: f32 = v817 * 0.1f;
  let v824: f32 = v821 + v823;
  t824[i] = v824;
  let l819: f32 = p_optim_v_layers_0_ffn1_w1_w[i];
  let v826: f32 = l819 * 0.95f;
  let v827: f32 = v817 * v817;
  let v829: f32 = v827 * 0.05f;
  let v830: f32 = v826 + v829;
  t830[i] = v830;
  let v831: f32 = sqrt(v830);
  let l832: f32 = t662[0i];
  let v833: f32 = v831 / l832;
  let v835: f32 = v833 + 1e-8f;
  t835[i] = v835;
}
