// kernel k120a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t317: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1240: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1244: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1236: f32 = p_optim_m_blocks_1_mlp_fc_w[i];
  let v1238: f32 = l1236 * 0.9f;
  let l317: f32 = t317[i];
  let l956: f32 = t679[0i];
  let v1235: f32 = l317 * l956;
  let v1239: f32 = v1235 * 0.1f;
  let v1240: f32 = v1238 + v1239;
  t1240[i] = v1240;
  let l1237: f32 = p_optim_v_blocks_1_mlp_fc_w[i];
  let v1241: f32 = l1237 * 0.95f;
  let v1242: f32 = v1235 * v1235;
  let v1243: f32 = v1242 * 0.05f;
  let v1244: f32 = v1241 + v1243;
  t1244[i] = v1244;
  let v1245: f32 = sqrt(v1244);
  let l972: f32 = t689[0i];
  let v1246: f32 = v1245 / l972;
  let v1247: f32 = v1246 + 1e-8f;
  t1247[i] = v1247;
}
