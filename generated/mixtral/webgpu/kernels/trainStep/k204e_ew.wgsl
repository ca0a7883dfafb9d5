// kernel k204e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t606: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1218: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1222: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1225: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1214: f32 = p_optim_m_layers_0_moe_w3[i];
  let v1216: f32 = l1214 * 0.9f;
  let l606: f32 = t606[i];
  let l1158: f32 = t958[0i];
  let v1213: f32 = l606 * l1158;
  let v1217: f32 = v1213 * 0.1f;
  let v1218: f32 = v1216 + v1217;
  t1218[i] = v1218;
  let l1215: f32 = p_optim_v_layers_0_moe_w3[i];
  let v1219: f32 = l1215 * 0.95f;
  let v1220: f32 = v1213 * v1213;
  let v1221: f32 = v1220 * 0.05f;
  let v1222: f32 = v1219 + v1221;
  t1222[i] = v1222;
  let v1223: f32 = sqrt(v1222);
  let l1175: f32 = t968[0i];
  let v1224: f32 = v1223 / l1175;
  let v1225: f32 = v1224 + 1e-8f;
  t1225[i] = v1225;
}
