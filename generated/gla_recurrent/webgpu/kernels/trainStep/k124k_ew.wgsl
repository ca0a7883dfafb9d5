// kernel k124k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t359: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1045: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1049: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1052: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1041: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1043: f32 = l1041 * 0.9f;
  let l359: f32 = t359[i];
  let l737: f32 = t666[0i];
  let v1040: f32 = l359 * l737;
  let v1044: f32 = v1040 * 0.1f;
  let v1045: f32 = v1043 + v1044;
  t1045[i] = v1045;
  let l1042: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1046: f32 = l1042 * 0.95f;
  let v1047: f32 = v1040 * v1040;
  let v1048: f32 = v1047 * 0.05f;
  let v1049: f32 = v1046 + v1048;
  t1049[i] = v1049;
  let v1050: f32 = sqrt(v1049);
  let l753: f32 = t676[0i];
  let v1051: f32 = v1050 / l753;
  let v1052: f32 = v1051 + 1e-8f;
  t1052[i] = v1052;
}
