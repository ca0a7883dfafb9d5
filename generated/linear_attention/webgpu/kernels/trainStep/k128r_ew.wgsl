// kernel k128r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1230: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1235: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1239: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1244: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1231: f32 = p_optim_m_ln_f_g[i];
    let v1233: f32 = l1231 * 0.9f;
    let x1230: f32 = t1230[i];
    let v1234: f32 = x1230 * 0.1f;
    let v1235: f32 = v1233 + v1234;
    t1235[i] = v1235;
    let l1232: f32 = p_optim_v_ln_f_g[i];
    let v1236: f32 = l1232 * 0.95f;
    let v1237: f32 = x1230 * x1230;
    let v1238: f32 = v1237 * 0.05f;
    let v1239: f32 = v1236 + v1238;
    t1239[i] = v1239;
    let v1240: f32 = sqrt(v1239);
    let l824: f32 = t746[0i];
    let v1241: f32 = v1240 / l824;
    let v1242: f32 = v1241 + 1e-8f;
    let v1243: f32 = v1235 / v1242;
    let l830: f32 = t745[0i];
    let v1244: f32 = v1243 * l830;
    t1244[i] = v1244;
  }
}
