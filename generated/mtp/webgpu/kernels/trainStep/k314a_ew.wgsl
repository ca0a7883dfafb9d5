// kernel k314a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1321: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1593: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1599: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1605: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k314a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1587: f32 = p_optim_m_tok_w[i];
  let v1590: f32 = l1587 * 0.9f;
  let l1321: f32 = t1321[i];
  let l1585: f32 = t1573[0i];
  let v1586: f32 = l1321 * l1585;
  let v1592: f32 = v1586 * 0.1f;
  let v1593: f32 = v1590 + v1592;
  t1593[i] = v1593;
  let l1588: f32 = p_optim_v_tok_w[i];
  let v1595: f32 = l1588 * 0.95f;
  let v1596: f32 = v1586 * v1586;
  let v1598: f32 = v1596 * 0.05f;
  let v1599: f32 = v1595 + v1598;
  t1599[i] = v1599;
  let v1600: f32 = sqrt(v1599);
  let l1602: f32 = t1583[0i];
  let v1603: f32 = v1600 / l1602;
  let v1605: f32 = v1603 + 1e-8f;
  t1605[i] = v1605;
}
