// kernel k149h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1290: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1295: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1299: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1304: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1291: f32 = p_optim_m_norm_g[i];
    let v1293: f32 = l1291 * 0.9f;
    let x1290: f32 = t1290[i];
    let v1294: f32 = x1290 * 0.1f;
    let v1295: f32 = v1293 + v1294;
    t1295[i] = v1295;
    let l1292: f32 = p_optim_v_norm_g[i];
    let v1296: f32 = l1292 * 0.95f;
    let v1297: f32 = x1290 * x1290;
    let v1298: f32 = v1297 * 0.05f;
    let v1299: f32 = v1296 + v1298;
    t1299[i] = v1299;
    let v1300: f32 = sqrt(v1299);
    let l818: f32 = t766[0i];
    let v1301: f32 = v1300 / l818;
    let v1302: f32 = v1301 + 1e-8f;
    let v1303: f32 = v1295 / v1302;
    let l824: f32 = t765[0i];
    let v1304: f32 = v1303 * l824;
    t1304[i] = v1304;
  }
}
