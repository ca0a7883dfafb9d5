// kernel k121a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t314: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1257: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1261: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1265: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1253: f32 = p_optim_m_blocks_1_mlp_fc_b[i];
  let v1255: f32 = l1253 * 0.9f;
  let l315: f32 = t314[i];
  let l982: f32 = t679[0i];
  let v1252: f32 = l315 * l982;
  let v1256: f32 = v1252 * 0.1f;
  let v1257: f32 = v1255 + v1256;
  t1257[i] = v1257;
  let l1254: f32 = p_optim_v_blocks_1_mlp_fc_b[i];
  let v1258: f32 = l1254 * 0.95f;
  let v1259: f32 = v1252 * v1252;
  let v1260: f32 = v1259 * 0.05f;
  let v1261: f32 = v1258 + v1260;
  t1261[i] = v1261;
  let v1262: f32 = sqrt(v1261);
  let l998: f32 = t689[0i];
  let v1263: f32 = v1262 / l998;
  let v1264: f32 = v1263 + 1e-8f;
  let v1265: f32 = v1257 / v1264;
  t1265[i] = v1265;
}
