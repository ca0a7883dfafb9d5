// kernel k124m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t355: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1062: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1066: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1069: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1058: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1060: f32 = l1058 * 0.9f;
  let l355: f32 = t355[i];
  let l737: f32 = t666[0i];
  let v1057: f32 = l355 * l737;
  let v1061: f32 = v1057 * 0.1f;
  let v1062: f32 = v1060 + v1061;
  t1062[i] = v1062;
  let l1059: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1063: f32 = l1059 * 0.95f;
  let v1064: f32 = v1057 * v1057;
  let v1065: f32 = v1064 * 0.05f;
  let v1066: f32 = v1063 + v1065;
  t1066[i] = v1066;
  let v1067: f32 = sqrt(v1066);
  let l753: f32 = t676[0i];
  let v1068: f32 = v1067 / l753;
  let v1069: f32 = v1068 + 1e-8f;
  t1069[i] = v1069;
}
