// kernel k149h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1300: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1305: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1309: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t775: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1301: f32 = p_optim_m_norm_g[i];
    let v1303: f32 = l1301 * 0.9f;
    let x1300: f32 = t1300[i];
    let v1304: f32 = x1300 * 0.1f;
    let v1305: f32 = v1303 + v1304;
    t1305[i] = v1305;
    let l1302: f32 = p_optim_v_norm_g[i];
    let v1306: f32 = l1302 * 0.95f;
    let v1307: f32 = x1300 * x1300;
    let v1308: f32 = v1307 * 0.05f;
    let v1309: f32 = v1306 + v1308;
    t1309[i] = v1309;
    let v1310: f32 = sqrt(v1309);
    let l828: f32 = t776[0i];
    let v1311: f32 = v1310 / l828;
    let v1312: f32 = v1311 + 1e-8f;
    let v1313: f32 = v1305 / v1312;
    let l834: f32 = t775[0i];
    let v1314: f32 = v1313 * l834;
    t1314[i] = v1314;
  }
}
