// kernel k122a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t302: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1273: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1277: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1280: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1269: f32 = p_optim_m_blocks_1_mlp_proj_w[i];
  let v1271: f32 = l1269 * 0.9f;
  let l302: f32 = t302[i];
  let l691: f32 = t679[0i];
  let v1268: f32 = l302 * l691;
  let v1272: f32 = v1268 * 0.1f;
  let v1273: f32 = v1271 + v1272;
  t1273[i] = v1273;
  let l1270: f32 = p_optim_v_blocks_1_mlp_proj_w[i];
  let v1274: f32 = l1270 * 0.95f;
  let v1275: f32 = v1268 * v1268;
  let v1276: f32 = v1275 * 0.05f;
  let v1277: f32 = v1274 + v1276;
  t1277[i] = v1277;
  let v1278: f32 = sqrt(v1277);
  let l708: f32 = t689[0i];
  let v1279: f32 = v1278 / l708;
  let v1280: f32 = v1279 + 1e-8f;
  t1280[i] = v1280;
}
