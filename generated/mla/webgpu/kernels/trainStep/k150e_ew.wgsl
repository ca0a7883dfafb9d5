// kernel k150e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t450: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1111: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1115: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1118: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1107: f32 = p_optim_m_layers_1_attn_wq_a_w[i];
  let v1109: f32 = l1107 * 0.9f;
  let l450: f32 = t450[i];
  let l827: f32 = t756[0i];
  let v1106: f32 = l450 * l827;
  let v1110: f32 = v1106 * 0.1f;
  let v1111: f32 = v1109 + v1110;
  t1111[i] = v1111;
  let l1108: f32 = p_optim_v_layers_1_attn_wq_a_w[i];
  let v1112: f32 = l1108 * 0.95f;
  let v1113: f32 = v1106 * v1106;
  let v1114: f32 = v1113 * 0.05f;
  let v1115: f32 = v1112 + v1114;
  t1115[i] = v1115;
  let v1116: f32 = sqrt(v1115);
  let l843: f32 = t766[0i];
  let v1117: f32 = v1116 / l843;
  let v1118: f32 = v1117 + 1e-8f;
  t1118[i] = v1118;
}
