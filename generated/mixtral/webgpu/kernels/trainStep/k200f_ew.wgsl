// kernel k200f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t830: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1319: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1323: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1315: f32 = p_optim_m_layers_1_moe_norm_g[i];
    let v1317: f32 = l1315 * 0.9f;
    let l830: f32 = t830[i];
    let l1003: f32 = t958[0i];
    let v1314: f32 = l830 * l1003;
    let v1318: f32 = v1314 * 0.1f;
    let v1319: f32 = v1317 + v1318;
    t1319[i] = v1319;
    let l1316: f32 = p_optim_v_layers_1_moe_norm_g[i];
    let v1320: f32 = l1316 * 0.95f;
    let v1321: f32 = v1314 * v1314;
    let v1322: f32 = v1321 * 0.05f;
    let v1323: f32 = v1320 + v1322;
    t1323[i] = v1323;
    let v1324: f32 = sqrt(v1323);
    let l1020: f32 = t968[0i];
    let v1325: f32 = v1324 / l1020;
    let v1326: f32 = v1325 + 1e-8f;
    let v1327: f32 = v1319 / v1326;
    t1327[i] = v1327;
  }
}
