// kernel k145ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t797: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1480: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1484: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1488: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1476: f32 = p_optim_m_blocks_1_att_mix_v[i];
    let v1478: f32 = l1476 * 0.9f;
    let l797: f32 = t797[i];
    let l1040: f32 = t995[0i];
    let v1475: f32 = l797 * l1040;
    let v1479: f32 = v1475 * 0.1f;
    let v1480: f32 = v1478 + v1479;
    t1480[i] = v1480;
    let l1477: f32 = p_optim_v_blocks_1_att_mix_v[i];
    let v1481: f32 = l1477 * 0.95f;
    let v1482: f32 = v1475 * v1475;
    let v1483: f32 = v1482 * 0.05f;
    let v1484: f32 = v1481 + v1483;
    t1484[i] = v1484;
    let v1485: f32 = sqrt(v1484);
    let l1057: f32 = t1005[0i];
    let v1486: f32 = v1485 / l1057;
    let v1487: f32 = v1486 + 1e-8f;
    let v1488: f32 = v1480 / v1487;
    t1488[i] = v1488;
  }
}
