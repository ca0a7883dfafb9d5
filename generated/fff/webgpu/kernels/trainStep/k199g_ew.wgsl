// kernel k199g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read> t817: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1524: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_w_out: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1528: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1531: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1520: f32 = p_optim_m_blocks_1_ffn_w_out[i];
  let v1522: f32 = l1520 * 0.9f;
  let l817: f32 = t817[i];
  let l1263: f32 = t986[0i];
  let v1519: f32 = l817 * l1263;
  let v1523: f32 = v1519 * 0.1f;
  let v1524: f32 = v1522 + v1523;
  t1524[i] = v1524;
  let l1521: f32 = p_optim_v_blocks_1_ffn_w_out[i];
  let v1525: f32 = l1521 * 0.95f;
  let v1526: f32 = v1519 * v1519;
  let v1527: f32 = v1526 * 0.05f;
  let v1528: f32 = v1525 + v1527;
  t1528[i] = v1528;
  let v1529: f32 = sqrt(v1528);
  let l1279: f32 = t996[0i];
  let v1530: f32 = v1529 / l1279;
  let v1531: f32 = v1530 + 1e-8f;
  t1531[i] = v1531;
}
