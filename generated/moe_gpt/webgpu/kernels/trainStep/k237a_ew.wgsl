// kernel k237a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t970: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1190: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1196: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1201: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1184: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v1187: f32 = l1184 * 0.9f;
  let l970: f32 = t970[i];
  let l1182: f32 = t1111[0i];
  let v1183: f32 = l970 * l1182;
  let v1189: f32 = v1183 * 0.1f;
  let v1190: f32 = v1187 + v1189;
  t1190[i] = v1190;
  let l1185: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v1192: f32 = l1185 * 0.95f;
  let v1193: f32 = v1183 * v1183;
  let v1195: f32 = v1193 * 0.05f;
  let v1196: f32 = v1192 + v1195;
  t1196[i] = v1196;
  let v1197: f32 = sqrt(v1196);
  let l1198: f32 = t1121[0i];
  let v1199: f32 = v1197 / l1198;
  let v1201: f32 = v1199 + 1e-8f;
  t1201[i] = v1201;
}
