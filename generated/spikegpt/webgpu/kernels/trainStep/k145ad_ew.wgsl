// kernel k145ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1459: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1468: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t1464: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1474: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1461: f32 = p_optim_v_blocks_1_att_mix_k[i];
    let v1465: f32 = l1461 * 0.95f;
    let x1459: f32 = t1459[i];
    let v1466: f32 = x1459 * x1459;
    let v1467: f32 = v1466 * 0.05f;
    let v1468: f32 = v1465 + v1467;
    t1468[i] = v1468;
    let l25: f32 = p_blocks_1_att_mix_k[i];
    let x1464: f32 = t1464[i];
    let v1469: f32 = sqrt(v1468);
    let l1057: f32 = t1005[0i];
    let v1470: f32 = v1469 / l1057;
    let v1471: f32 = v1470 + 1e-8f;
    let v1472: f32 = x1464 / v1471;
    let l1063: f32 = t1004[0i];
    let v1473: f32 = v1472 * l1063;
    let v1474: f32 = l25 - v1473;
    t1474[i] = v1474;
  }
}
