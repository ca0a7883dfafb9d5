// kernel k125g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t345: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1113: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1117: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1120: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1109: f32 = p_optim_m_layers_1_attn_wa2_w[i];
  let v1111: f32 = l1109 * 0.9f;
  let l345: f32 = t345[i];
  let l823: f32 = t666[0i];
  let v1108: f32 = l345 * l823;
  let v1112: f32 = v1108 * 0.1f;
  let v1113: f32 = v1111 + v1112;
  t1113[i] = v1113;
  let l1110: f32 = p_optim_v_layers_1_attn_wa2_w[i];
  let v1114: f32 = l1110 * 0.95f;
  let v1115: f32 = v1108 * v1108;
  let v1116: f32 = v1115 * 0.05f;
  let v1117: f32 = v1114 + v1116;
  t1117[i] = v1117;
  let v1118: f32 = sqrt(v1117);
  let l839: f32 = t676[0i];
  let v1119: f32 = v1118 / l839;
  let v1120: f32 = v1119 + 1e-8f;
  t1120[i] = v1120;
}
