// kernel k94ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1274: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1279: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_f_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1283: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1288: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1275: f32 = p_optim_m_ln_f_b[i];
    let v1277: f32 = l1275 * 0.9f;
    let x1274: f32 = t1274[i];
    let v1278: f32 = x1274 * 0.1f;
    let v1279: f32 = v1277 + v1278;
    t1279[i] = v1279;
    let l1276: f32 = p_optim_v_ln_f_b[i];
    let v1280: f32 = l1276 * 0.95f;
    let v1281: f32 = x1274 * x1274;
    let v1282: f32 = v1281 * 0.05f;
    let v1283: f32 = v1280 + v1282;
    t1283[i] = v1283;
    let v1284: f32 = sqrt(v1283);
    let l724: f32 = t646[0i];
    let v1285: f32 = v1284 / l724;
    let v1286: f32 = v1285 + 1e-8f;
    let v1287: f32 = v1279 / v1286;
    let l730: f32 = t645[0i];
    let v1288: f32 = v1287 * l730;
    t1288[i] = v1288;
  }
}
