// kernel k124o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t351: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1079: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1083: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1086: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1075: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1077: f32 = l1075 * 0.9f;
  let l351: f32 = t351[i];
  let l737: f32 = t666[0i];
  let v1074: f32 = l351 * l737;
  let v1078: f32 = v1074 * 0.1f;
  let v1079: f32 = v1077 + v1078;
  t1079[i] = v1079;
  let l1076: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1080: f32 = l1076 * 0.95f;
  let v1081: f32 = v1074 * v1074;
  let v1082: f32 = v1081 * 0.05f;
  let v1083: f32 = v1080 + v1082;
  t1083[i] = v1083;
  let v1084: f32 = sqrt(v1083);
  let l753: f32 = t676[0i];
  let v1085: f32 = v1084 / l753;
  let v1086: f32 = v1085 + 1e-8f;
  t1086[i] = v1086;
}
