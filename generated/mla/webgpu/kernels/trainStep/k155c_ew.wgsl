// kernel k155c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t356: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1221: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1225: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1228: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1217: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1219: f32 = l1217 * 0.9f;
  let l356: f32 = t356[i];
  let l989: f32 = t766[0i];
  let v1216: f32 = l356 * l989;
  let v1220: f32 = v1216 * 0.1f;
  let v1221: f32 = v1219 + v1220;
  t1221[i] = v1221;
  let l1218: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1222: f32 = l1218 * 0.95f;
  let v1223: f32 = v1216 * v1216;
  let v1224: f32 = v1223 * 0.05f;
  let v1225: f32 = v1222 + v1224;
  t1225[i] = v1225;
  let v1226: f32 = sqrt(v1225);
  let l1005: f32 = t776[0i];
  let v1227: f32 = v1226 / l1005;
  let v1228: f32 = v1227 + 1e-8f;
  t1228[i] = v1228;
}
