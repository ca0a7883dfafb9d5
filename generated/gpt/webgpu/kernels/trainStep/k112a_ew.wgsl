// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t371: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1109: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1113: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1116: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1105: f32 = p_optim_m_blocks_1_attn_wk_w[i];
  let v1107: f32 = l1105 * 0.9f;
  let l371: f32 = t371[i];
  let l723: f32 = t679[0i];
  let v1104: f32 = l371 * l723;
  let v1108: f32 = v1104 * 0.1f;
  let v1109: f32 = v1107 + v1108;
  t1109[i] = v1109;
  let l1106: f32 = p_optim_v_blocks_1_attn_wk_w[i];
  let v1110: f32 = l1106 * 0.95f;
  let v1111: f32 = v1104 * v1104;
  let v1112: f32 = v1111 * 0.05f;
  let v1113: f32 = v1110 + v1112;
  t1113[i] = v1113;
  let v1114: f32 = sqrt(v1113);
  let l739: f32 = t689[0i];
  let v1115: f32 = v1114 / l739;
  let v1116: f32 = v1115 + 1e-8f;
  t1116[i] = v1116;
}
