// kernel k199c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1294: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_w_out: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1298: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1301: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1290: f32 = p_optim_m_blocks_0_ffn_w_out[i];
  let v1292: f32 = l1290 * 0.9f;
  let l827: f32 = t827[i];
  let l1263: f32 = t986[0i];
  let v1289: f32 = l827 * l1263;
  let v1293: f32 = v1289 * 0.1f;
  let v1294: f32 = v1292 + v1293;
  t1294[i] = v1294;
  let l1291: f32 = p_optim_v_blocks_0_ffn_w_out[i];
  let v1295: f32 = l1291 * 0.95f;
  let v1296: f32 = v1289 * v1289;
  let v1297: f32 = v1296 * 0.05f;
  let v1298: f32 = v1295 + v1297;
  t1298[i] = v1298;
  let v1299: f32 = sqrt(v1298);
  let l1279: f32 = t996[0i];
  let v1300: f32 = v1299 / l1279;
  let v1301: f32 = v1300 + 1e-8f;
  t1301[i] = v1301;
}
