// kernel k116a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t345: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1175: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1179: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1171: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1173: f32 = l1171 * 0.9f;
  let l345: f32 = t345[i];
  let l723: f32 = t679[0i];
  let v1170: f32 = l345 * l723;
  let v1174: f32 = v1170 * 0.1f;
  let v1175: f32 = v1173 + v1174;
  t1175[i] = v1175;
  let l1172: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1176: f32 = l1172 * 0.95f;
  let v1177: f32 = v1170 * v1170;
  let v1178: f32 = v1177 * 0.05f;
  let v1179: f32 = v1176 + v1178;
  t1179[i] = v1179;
  let v1180: f32 = sqrt(v1179);
  let l739: f32 = t689[0i];
  let v1181: f32 = v1180 / l739;
  let v1182: f32 = v1181 + 1e-8f;
  t1182[i] = v1182;
}
