// kernel k113q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t333: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1293: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1297: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1289: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1291: f32 = l1289 * 0.9f;
  let l333: f32 = t333[i];
  let l745: f32 = t701[0i];
  let v1288: f32 = l333 * l745;
  let v1292: f32 = v1288 * 0.1f;
  let v1293: f32 = v1291 + v1292;
  t1293[i] = v1293;
  let l1290: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1294: f32 = l1290 * 0.95f;
  let v1295: f32 = v1288 * v1288;
  let v1296: f32 = v1295 * 0.05f;
  let v1297: f32 = v1294 + v1296;
  t1297[i] = v1297;
  let v1298: f32 = sqrt(v1297);
  let l761: f32 = t711[0i];
  let v1299: f32 = v1298 / l761;
  let v1300: f32 = v1299 + 1e-8f;
  t1300[i] = v1300;
}
