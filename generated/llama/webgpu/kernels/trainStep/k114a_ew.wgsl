// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t457: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t665: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t671: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t676: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l659: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v662: f32 = l659 * 0.9f;
  let l457: f32 = t457[i];
  let l657: f32 = t586[0i];
  let v658: f32 = l457 * l657;
  let v664: f32 = v658 * 0.1f;
  let v665: f32 = v662 + v664;
  t665[i] = v665;
  let l660: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v667: f32 = l660 * 0.95f;
  let v668: f32 = v658 * v658;
  let v670: f32 = v668 * 0.05f;
  let v671: f32 = v667 + v670;
  t671[i] = v671;
  let v672: f32 = sqrt(v671);
  let l673: f32 = t596[0i];
  let v674: f32 = v672 / l673;
  let v676: f32 = v674 + 1e-8f;
  t676[i] = v676;
}
