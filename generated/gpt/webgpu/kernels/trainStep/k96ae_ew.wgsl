// kernel k96ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t251: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1267: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1271: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1275: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1263: f32 = p_optim_m_ln_f_g[i];
    let v1265: f32 = l1263 * 0.9f;
    let l252: f32 = t251[i];
    let l711: f32 = t640[0i];
    let v1262: f32 = l252 * l711;
    let v1266: f32 = v1262 * 0.1f;
    let v1267: f32 = v1265 + v1266;
    t1267[i] = v1267;
    let l1264: f32 = p_optim_v_ln_f_g[i];
    let v1268: f32 = l1264 * 0.95f;
    let v1269: f32 = v1262 * v1262;
    let v1270: f32 = v1269 * 0.05f;
    let v1271: f32 = v1268 + v1270;
    t1271[i] = v1271;
    let v1272: f32 = sqrt(v1271);
    let l728: f32 = t650[0i];
    let v1273: f32 = v1272 / l728;
    let v1274: f32 = v1273 + 1e-8f;
    let v1275: f32 = v1267 / v1274;
    t1275[i] = v1275;
  }
}
