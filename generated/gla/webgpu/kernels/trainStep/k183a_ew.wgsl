// kernel k183a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t563: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1187: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1193: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1198: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1181: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v1184: f32 = l1181 * 0.9f;
  let l563: f32 = t563[i];
  let l1179: f32 = t890[0i];
  let v1180: f32 = l563 * l1179;
  let v1186: f32 = v1180 * 0.1f;
  let v1187: f32 = v1184 + v1186;
  t1187[i] = v1187;
  let l1182: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v1189: f32 = l1182 * 0.95f;
  let v1190: f32 = v1180 * v1180;
  let v1192: f32 = v1190 * 0.05f;
  let v1193: f32 = v1189 + v1192;
  t1193[i] = v1193;
  let v1194: f32 = sqrt(v1193);
  let l1195: f32 = t900[0i];
  let v1196: f32 = v1194 / l1195;
  let v1198: f32 = v1196 + 1e-8f;
  t1198[i] = v1198;
}
