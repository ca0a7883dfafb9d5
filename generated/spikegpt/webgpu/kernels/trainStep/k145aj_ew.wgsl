// kernel k145aj_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t437: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1596: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1600: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1604: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145aj_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1592: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1594: f32 = l1592 * 0.9f;
    let l438: f32 = t437[i];
    let l1040: f32 = t995[0i];
    let v1591: f32 = l438 * l1040;
    let v1595: f32 = v1591 * 0.1f;
    let v1596: f32 = v1594 + v1595;
    t1596[i] = v1596;
    let l1593: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1597: f32 = l1593 * 0.95f;
    let v1598: f32 = v1591 * v1591;
    let v1599: f32 = v1598 * 0.05f;
    let v1600: f32 = v1597 + v1599;
    t1600[i] = v1600;
    let v1601: f32 = sqrt(v1600);
    let l1057: f32 = t1005[0i];
    let v1602: f32 = v1601 / l1057;
    let v1603: f32 = v1602 + 1e-8f;
    let v1604: f32 = v1596 / v1603;
    t1604[i] = v1604;
  }
}
