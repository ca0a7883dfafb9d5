// kernel k118g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t371: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1550: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1554: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1557: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1546: f32 = p_optim_m_blocks_1_ffn_key_w[i];
  let v1548: f32 = l1546 * 0.9f;
  let l371: f32 = t371[i];
  let l1241: f32 = t901[0i];
  let v1545: f32 = l371 * l1241;
  let v1549: f32 = v1545 * 0.1f;
  let v1550: f32 = v1548 + v1549;
  t1550[i] = v1550;
  let l1547: f32 = p_optim_v_blocks_1_ffn_key_w[i];
  let v1551: f32 = l1547 * 0.95f;
  let v1552: f32 = v1545 * v1545;
  let v1553: f32 = v1552 * 0.05f;
  let v1554: f32 = v1551 + v1553;
  t1554[i] = v1554;
  let v1555: f32 = sqrt(v1554);
  let l1257: f32 = t911[0i];
  let v1556: f32 = v1555 / l1257;
  let v1557: f32 = v1556 + 1e-8f;
  t1557[i] = v1557;
}
