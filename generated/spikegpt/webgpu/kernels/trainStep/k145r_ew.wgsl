// kernel k145r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1287: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1292: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1296: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1301: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1288: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v1290: f32 = l1288 * 0.9f;
    let x1287: f32 = t1287[i];
    let v1291: f32 = x1287 * 0.1f;
    let v1292: f32 = v1290 + v1291;
    t1292[i] = v1292;
    let l1289: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v1293: f32 = l1289 * 0.95f;
    let v1294: f32 = x1287 * x1287;
    let v1295: f32 = v1294 * 0.05f;
    let v1296: f32 = v1293 + v1295;
    t1296[i] = v1296;
    let v1297: f32 = sqrt(v1296);
    let l1057: f32 = t1005[0i];
    let v1298: f32 = v1297 / l1057;
    let v1299: f32 = v1298 + 1e-8f;
    let v1300: f32 = v1292 / v1299;
    let l1063: f32 = t1004[0i];
    let v1301: f32 = v1300 * l1063;
    t1301[i] = v1301;
  }
}
