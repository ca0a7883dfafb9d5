// kernel k122c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t231: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1298: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1304: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1309: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1292: f32 = p_optim_m_head_w[i];
  let v1295: f32 = l1292 * 0.9f;
  let l231: f32 = t231[i];
  let l1290: f32 = t666[0i];
  let v1291: f32 = l231 * l1290;
  let v1297: f32 = v1291 * 0.1f;
  let v1298: f32 = v1295 + v1297;
  t1298[i] = v1298;
  let l1293: f32 = p_optim_v_head_w[i];
  let v1300: f32 = l1293 * 0.95f;
  let v1301: f32 = v1291 * v1291;
  let v1303: f32 = v1301 * 0.05f;
  let v1304: f32 = v1300 + v1303;
  t1304[i] = v1304;
  let v1305: f32 = sqrt(v1304);
  let l1306: f32 = t676[0i];
  let v1307: f32 = v1305 / l1306;
  let v1309: f32 = v1307 + 1e-8f;
  t1309[i] = v1309;
}
