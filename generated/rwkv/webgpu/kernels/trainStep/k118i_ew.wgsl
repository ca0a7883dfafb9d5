// kernel k118i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1584: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1588: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1591: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1580: f32 = p_optim_m_blocks_1_ffn_value_w[i];
  let v1582: f32 = l1580 * 0.9f;
  let l344: f32 = t344[i];
  let l913: f32 = t901[0i];
  let v1579: f32 = l344 * l913;
  let v1583: f32 = v1579 * 0.1f;
  let v1584: f32 = v1582 + v1583;
  t1584[i] = v1584;
  let l1581: f32 = p_optim_v_blocks_1_ffn_value_w[i];
  let v1585: f32 = l1581 * 0.95f;
  let v1586: f32 = v1579 * v1579;
  let v1587: f32 = v1586 * 0.05f;
  let v1588: f32 = v1585 + v1587;
  t1588[i] = v1588;
  let v1589: f32 = sqrt(v1588);
  let l930: f32 = t911[0i];
  let v1590: f32 = v1589 / l930;
  let v1591: f32 = v1590 + 1e-8f;
  t1591[i] = v1591;
}
