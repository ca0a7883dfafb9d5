// kernel k179k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t407: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1387: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1391: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1395: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1383: f32 = p_optim_m_layers_1_attn_wr_b[i];
    let v1385: f32 = l1383 * 0.9f;
    let l408: f32 = t407[i];
    let l935: f32 = t890[0i];
    let v1382: f32 = l408 * l935;
    let v1386: f32 = v1382 * 0.1f;
    let v1387: f32 = v1385 + v1386;
    t1387[i] = v1387;
    let l1384: f32 = p_optim_v_layers_1_attn_wr_b[i];
    let v1388: f32 = l1384 * 0.95f;
    let v1389: f32 = v1382 * v1382;
    let v1390: f32 = v1389 * 0.05f;
    let v1391: f32 = v1388 + v1390;
    t1391[i] = v1391;
    let v1392: f32 = sqrt(v1391);
    let l952: f32 = t900[0i];
    let v1393: f32 = v1392 / l952;
    let v1394: f32 = v1393 + 1e-8f;
    let v1395: f32 = v1387 / v1394;
    t1395[i] = v1395;
  }
}
