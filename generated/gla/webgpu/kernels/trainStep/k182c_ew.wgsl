// kernel k182c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t1348: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1353: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1357: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1362: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k182c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1349: f32 = p_optim_m_layers_1_attn_norm_g_1[i];
    let v1351: f32 = l1349 * 0.9f;
    let x1348: f32 = t1348[i];
    let v1352: f32 = x1348 * 0.1f;
    let v1353: f32 = v1351 + v1352;
    t1353[i] = v1353;
    let l1350: f32 = p_optim_v_layers_1_attn_norm_g_1[i];
    let v1354: f32 = l1350 * 0.95f;
    let v1355: f32 = x1348 * x1348;
    let v1356: f32 = v1355 * 0.05f;
    let v1357: f32 = v1354 + v1356;
    t1357[i] = v1357;
    let v1358: f32 = sqrt(v1357);
    let l1088: f32 = t850[0i];
    let v1359: f32 = v1358 / l1088;
    let v1360: f32 = v1359 + 1e-8f;
    let v1361: f32 = v1353 / v1360;
    let l1093: f32 = t849[0i];
    let v1362: f32 = v1361 * l1093;
    t1362[i] = v1362;
  }
}
