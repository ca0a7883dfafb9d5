// kernel k198u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t584: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1426: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1430: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1434: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1422: f32 = p_optim_m_blocks_1_attn_wv_b[i];
    let v1424: f32 = l1422 * 0.9f;
    let l585: f32 = t584[i];
    let l1057: f32 = t986[0i];
    let v1421: f32 = l585 * l1057;
    let v1425: f32 = v1421 * 0.1f;
    let v1426: f32 = v1424 + v1425;
    t1426[i] = v1426;
    let l1423: f32 = p_optim_v_blocks_1_attn_wv_b[i];
    let v1427: f32 = l1423 * 0.95f;
    let v1428: f32 = v1421 * v1421;
    let v1429: f32 = v1428 * 0.05f;
    let v1430: f32 = v1427 + v1429;
    t1430[i] = v1430;
    let v1431: f32 = sqrt(v1430);
    let l1074: f32 = t996[0i];
    let v1432: f32 = v1431 / l1074;
    let v1433: f32 = v1432 + 1e-8f;
    let v1434: f32 = v1426 / v1433;
    t1434[i] = v1434;
  }
}
