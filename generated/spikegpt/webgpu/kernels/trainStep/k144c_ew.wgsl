// kernel k144c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1343: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1349: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1354: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1337: f32 = p_optim_m_blocks_0_ffn_key_w[i];
  let v1340: f32 = l1337 * 0.9f;
  let l617: f32 = t617[i];
  let l1335: f32 = t995[0i];
  let v1336: f32 = l617 * l1335;
  let v1342: f32 = v1336 * 0.1f;
  let v1343: f32 = v1340 + v1342;
  t1343[i] = v1343;
  let l1338: f32 = p_optim_v_blocks_0_ffn_key_w[i];
  let v1345: f32 = l1338 * 0.95f;
  let v1346: f32 = v1336 * v1336;
  let v1348: f32 = v1346 * 0.05f;
  let v1349: f32 = v1345 + v1348;
  t1349[i] = v1349;
  let v1350: f32 = sqrt(v1349);
  let l1351: f32 = t1005[0i];
  let v1352: f32 = v1350 / l1351;
  let v1354: f32 = v1352 + 1e-8f;
  t1354[i] = v1354;
}
