// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t365: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1142: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1146: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1149: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1138: f32 = p_optim_m_blocks_1_attn_wv_w[i];
  let v1140: f32 = l1138 * 0.9f;
  let l365: f32 = t365[i];
  let l723: f32 = t679[0i];
  let v1137: f32 = l365 * l723;
  let v1141: f32 = v1137 * 0.1f;
  let v1142: f32 = v1140 + v1141;
  t1142[i] = v1142;
  let l1139: f32 = p_optim_v_blocks_1_attn_wv_w[i];
  let v1143: f32 = l1139 * 0.95f;
  let v1144: f32 = v1137 * v1137;
  let v1145: f32 = v1144 * 0.05f;
  let v1146: f32 = v1143 + v1145;
  t1146[i] = v1146;
  let v1147: f32 = sqrt(v1146);
  let l739: f32 = t689[0i];
  let v1148: f32 = v1147 / l739;
  let v1149: f32 = v1148 + 1e-8f;
  t1149[i] = v1149;
}
