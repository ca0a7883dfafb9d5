// kernel k120s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t351: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1567: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1571: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1574: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1563: f32 = p_optim_m_blocks_1_ffn_receptance_w[i];
  let v1565: f32 = l1563 * 0.9f;
  let l351: f32 = t351[i];
  let l1100: f32 = t901[0i];
  let v1562: f32 = l351 * l1100;
  let v1566: f32 = v1562 * 0.1f;
  let v1567: f32 = v1565 + v1566;
  t1567[i] = v1567;
  let l1564: f32 = p_optim_v_blocks_1_ffn_receptance_w[i];
  let v1568: f32 = l1564 * 0.95f;
  let v1569: f32 = v1562 * v1562;
  let v1570: f32 = v1569 * 0.05f;
  let v1571: f32 = v1568 + v1570;
  t1571[i] = v1571;
  let v1572: f32 = sqrt(v1571);
  let l1116: f32 = t911[0i];
  let v1573: f32 = v1572 / l1116;
  let v1574: f32 = v1573 + 1e-8f;
  t1574[i] = v1574;
}
