// kernel k198w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1454: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1459: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1463: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1468: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1455: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1457: f32 = l1455 * 0.9f;
    let x1454: f32 = t1454[i];
    let v1458: f32 = x1454 * 0.1f;
    let v1459: f32 = v1457 + v1458;
    t1459[i] = v1459;
    let l1456: f32 = p_optim_v_blocks_1_attn_wo_b[i];
    let v1460: f32 = l1456 * 0.95f;
    let v1461: f32 = x1454 * x1454;
    let v1462: f32 = v1461 * 0.05f;
    let v1463: f32 = v1460 + v1462;
    t1463[i] = v1463;
    let v1464: f32 = sqrt(v1463);
    let l1074: f32 = t996[0i];
    let v1465: f32 = v1464 / l1074;
    let v1466: f32 = v1465 + 1e-8f;
    let v1467: f32 = v1459 / v1466;
    let l1080: f32 = t995[0i];
    let v1468: f32 = v1467 * l1080;
    t1468[i] = v1468;
  }
}
