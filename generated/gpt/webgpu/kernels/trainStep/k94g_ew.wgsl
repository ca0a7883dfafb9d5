// kernel k94g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t289: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1201: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1205: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1208: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1197: f32 = p_optim_m_blocks_1_mlp_fc_w[i];
  let v1199: f32 = l1197 * 0.9f;
  let l289: f32 = t289[i];
  let l917: f32 = t640[0i];
  let v1196: f32 = l289 * l917;
  let v1200: f32 = v1196 * 0.1f;
  let v1201: f32 = v1199 + v1200;
  t1201[i] = v1201;
  let l1198: f32 = p_optim_v_blocks_1_mlp_fc_w[i];
  let v1202: f32 = l1198 * 0.95f;
  let v1203: f32 = v1196 * v1196;
  let v1204: f32 = v1203 * 0.05f;
  let v1205: f32 = v1202 + v1204;
  t1205[i] = v1205;
  let v1206: f32 = sqrt(v1205);
  let l933: f32 = t650[0i];
  let v1207: f32 = v1206 / l933;
  let v1208: f32 = v1207 + 1e-8f;
  t1208[i] = v1208;
}
