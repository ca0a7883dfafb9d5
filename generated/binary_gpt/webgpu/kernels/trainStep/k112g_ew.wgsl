// kernel k112g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t308: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1358: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1362: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1365: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1354: f32 = p_optim_m_blocks_1_mlp_fc_w[i];
  let v1356: f32 = l1354 * 0.9f;
  let l308: f32 = t308[i];
  let l1010: f32 = t701[0i];
  let v1353: f32 = l308 * l1010;
  let v1357: f32 = v1353 * 0.1f;
  let v1358: f32 = v1356 + v1357;
  t1358[i] = v1358;
  let l1355: f32 = p_optim_v_blocks_1_mlp_fc_w[i];
  let v1359: f32 = l1355 * 0.95f;
  let v1360: f32 = v1353 * v1353;
  let v1361: f32 = v1360 * 0.05f;
  let v1362: f32 = v1359 + v1361;
  t1362[i] = v1362;
  let v1363: f32 = sqrt(v1362);
  let l1026: f32 = t711[0i];
  let v1364: f32 = v1363 / l1026;
  let v1365: f32 = v1364 + 1e-8f;
  t1365[i] = v1365;
}
