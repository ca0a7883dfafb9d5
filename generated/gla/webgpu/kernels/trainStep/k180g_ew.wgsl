// kernel k180g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t559: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1044: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1048: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1051: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1040: f32 = p_optim_m_layers_0_attn_wr_w[i];
  let v1042: f32 = l1040 * 0.9f;
  let l559: f32 = t559[i];
  let l911: f32 = t840[0i];
  let v1039: f32 = l559 * l911;
  let v1043: f32 = v1039 * 0.1f;
  let v1044: f32 = v1042 + v1043;
  t1044[i] = v1044;
  let l1041: f32 = p_optim_v_layers_0_attn_wr_w[i];
  let v1045: f32 = l1041 * 0.95f;
  let v1046: f32 = v1039 * v1039;
  let v1047: f32 = v1046 * 0.05f;
  let v1048: f32 = v1045 + v1047;
  t1048[i] = v1048;
  let v1049: f32 = sqrt(v1048);
  let l927: f32 = t850[0i];
  let v1050: f32 = v1049 / l927;
  let v1051: f32 = v1050 + 1e-8f;
  t1051[i] = v1051;
}
