// kernel k96ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1278: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1283: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_f_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1287: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1292: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1279: f32 = p_optim_m_ln_f_b[i];
    let v1281: f32 = l1279 * 0.9f;
    let x1278: f32 = t1278[i];
    let v1282: f32 = x1278 * 0.1f;
    let v1283: f32 = v1281 + v1282;
    t1283[i] = v1283;
    let l1280: f32 = p_optim_v_ln_f_b[i];
    let v1284: f32 = l1280 * 0.95f;
    let v1285: f32 = x1278 * x1278;
    let v1286: f32 = v1285 * 0.05f;
    let v1287: f32 = v1284 + v1286;
    t1287[i] = v1287;
    let v1288: f32 = sqrt(v1287);
    let l728: f32 = t650[0i];
    let v1289: f32 = v1288 / l728;
    let v1290: f32 = v1289 + 1e-8f;
    let v1291: f32 = v1283 / v1290;
    let l734: f32 = t649[0i];
    let v1292: f32 = v1291 * l734;
    t1292[i] = v1292;
  }
}
