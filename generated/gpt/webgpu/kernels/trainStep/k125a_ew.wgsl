// kernel k125a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t275: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1322: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_f_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1326: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1330: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1318: f32 = p_optim_m_ln_f_b[i];
    let v1320: f32 = l1318 * 0.9f;
    let l276: f32 = t275[i];
    let l750: f32 = t679[0i];
    let v1317: f32 = l276 * l750;
    let v1321: f32 = v1317 * 0.1f;
    let v1322: f32 = v1320 + v1321;
    t1322[i] = v1322;
    let l1319: f32 = p_optim_v_ln_f_b[i];
    let v1323: f32 = l1319 * 0.95f;
    let v1324: f32 = v1317 * v1317;
    let v1325: f32 = v1324 * 0.05f;
    let v1326: f32 = v1323 + v1325;
    t1326[i] = v1326;
    let v1327: f32 = sqrt(v1326);
    let l767: f32 = t689[0i];
    let v1328: f32 = v1327 / l767;
    let v1329: f32 = v1328 + 1e-8f;
    let v1330: f32 = v1322 / v1329;
    t1330[i] = v1330;
  }
}
