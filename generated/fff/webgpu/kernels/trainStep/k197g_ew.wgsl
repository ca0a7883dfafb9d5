// kernel k197g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1170: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1174: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1177: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1166: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v1168: f32 = l1166 * 0.9f;
  let l771: f32 = t771[i];
  let l1030: f32 = t986[0i];
  let v1165: f32 = l771 * l1030;
  let v1169: f32 = v1165 * 0.1f;
  let v1170: f32 = v1168 + v1169;
  t1170[i] = v1170;
  let l1167: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v1171: f32 = l1167 * 0.95f;
  let v1172: f32 = v1165 * v1165;
  let v1173: f32 = v1172 * 0.05f;
  let v1174: f32 = v1171 + v1173;
  t1174[i] = v1174;
  let v1175: f32 = sqrt(v1174);
  let l1046: f32 = t996[0i];
  let v1176: f32 = v1175 / l1046;
  let v1177: f32 = v1176 + 1e-8f;
  t1177[i] = v1177;
}
