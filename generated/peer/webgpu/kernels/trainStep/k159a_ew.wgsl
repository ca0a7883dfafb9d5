// kernel k159a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_query_w: array<f32>;
@group(0) @binding(1) var<storage, read> t546: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1093: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_query_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1099: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1104: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k159a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1087: f32 = p_optim_m_blocks_0_ffn_query_w[i];
  let v1090: f32 = l1087 * 0.9f;
  let l546: f32 = t546[i];
  let l1085: f32 = t808[0i];
  let v1086: f32 = l546 * l1085;
  let v1092: f32 = v1086 * 0.1f;
  let v1093: f32 = v1090 + v1092;
  t1093[i] = v1093;
  let l1088: f32 = p_optim_v_blocks_0_ffn_query_w[i];
  let v1095: f32 = l1088 * 0.95f;
  let v1096: f32 = v1086 * v1086;
  let v1098: f32 = v1096 * 0.05f;
  let v1099: f32 = v1095 + v1098;
  t1099[i] = v1099;
  let v1100: f32 = sqrt(v1099);
  let l1101: f32 = t818[0i];
  let v1102: f32 = v1100 / l1101;
  let v1104: f32 = v1102 + 1e-8f;
  t1104[i] = v1104;
}
