// kernel k204c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t602: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1195: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1201: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1189: f32 = p_optim_m_layers_0_moe_w2[i];
  let v1192: f32 = l1189 * 0.9f;
  let l602: f32 = t602[i];
  let l1187: f32 = t958[0i];
  let v1188: f32 = l602 * l1187;
  let v1194: f32 = v1188 * 0.1f;
  let v1195: f32 = v1192 + v1194;
  t1195[i] = v1195;
  let l1190: f32 = p_optim_v_layers_0_moe_w2[i];
  let v1197: f32 = l1190 * 0.95f;
  let v1198: f32 = v1188 * v1188;
  let v1200: f32 = v1198 * 0.05f;
  let v1201: f32 = v1197 + v1200;
  t1201[i] = v1201;
  let v1202: f32 = sqrt(v1201);
  let l1203: f32 = t968[0i];
  let v1204: f32 = v1202 / l1203;
  let v1206: f32 = v1204 + 1e-8f;
  t1206[i] = v1206;
}
