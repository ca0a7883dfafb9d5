// kernel k157q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t439: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1337: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1341: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1344: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1333: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1335: f32 = l1333 * 0.9f;
  let l440: f32 = t439[i];
  let l852: f32 = t808[0i];
  let v1332: f32 = l440 * l852;
  let v1336: f32 = v1332 * 0.1f;
  let v1337: f32 = v1335 + v1336;
  t1337[i] = v1337;
  let l1334: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1338: f32 = l1334 * 0.95f;
  let v1339: f32 = v1332 * v1332;
  let v1340: f32 = v1339 * 0.05f;
  let v1341: f32 = v1338 + v1340;
  t1341[i] = v1341;
  let v1342: f32 = sqrt(v1341);
  let l868: f32 = t818[0i];
  let v1343: f32 = v1342 / l868;
  let v1344: f32 = v1343 + 1e-8f;
  t1344[i] = v1344;
}
