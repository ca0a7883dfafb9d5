// kernel k145al_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1607: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1612: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1616: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1621: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145al_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1608: f32 = p_optim_m_blocks_1_ffn_mix_k[i];
    let v1610: f32 = l1608 * 0.9f;
    let x1607: f32 = t1607[i];
    let v1611: f32 = x1607 * 0.1f;
    let v1612: f32 = v1610 + v1611;
    t1612[i] = v1612;
    let l1609: f32 = p_optim_v_blocks_1_ffn_mix_k[i];
    let v1613: f32 = l1609 * 0.95f;
    let v1614: f32 = x1607 * x1607;
    let v1615: f32 = v1614 * 0.05f;
    let v1616: f32 = v1613 + v1615;
    t1616[i] = v1616;
    let v1617: f32 = sqrt(v1616);
    let l1057: f32 = t1005[0i];
    let v1618: f32 = v1617 / l1057;
    let v1619: f32 = v1618 + 1e-8f;
    let v1620: f32 = v1612 / v1619;
    let l1063: f32 = t1004[0i];
    let v1621: f32 = v1620 * l1063;
    t1621[i] = v1621;
  }
}
