// kernel k146c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t716: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1225: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1229: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1232: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1221: f32 = p_optim_m_blocks_0_att_value_w[i];
  let v1223: f32 = l1221 * 0.9f;
  let l716: f32 = t716[i];
  let l1194: f32 = t995[0i];
  let v1220: f32 = l716 * l1194;
  let v1224: f32 = v1220 * 0.1f;
  let v1225: f32 = v1223 + v1224;
  t1225[i] = v1225;
  let l1222: f32 = p_optim_v_blocks_0_att_value_w[i];
  let v1226: f32 = l1222 * 0.95f;
  let v1227: f32 = v1220 * v1220;
  let v1228: f32 = v1227 * 0.05f;
  let v1229: f32 = v1226 + v1228;
  t1229[i] = v1229;
  let v1230: f32 = sqrt(v1229);
  let l1210: f32 = t1005[0i];
  let v1231: f32 = v1230 / l1210;
  let v1232: f32 = v1231 + 1e-8f;
  t1232[i] = v1232;
}
