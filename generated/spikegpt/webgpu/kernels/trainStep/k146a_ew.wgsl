// kernel k146a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t727: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1202: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1208: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1213: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1196: f32 = p_optim_m_blocks_0_att_key_w[i];
  let v1199: f32 = l1196 * 0.9f;
  let l727: f32 = t727[i];
  let l1194: f32 = t995[0i];
  let v1195: f32 = l727 * l1194;
  let v1201: f32 = v1195 * 0.1f;
  let v1202: f32 = v1199 + v1201;
  t1202[i] = v1202;
  let l1197: f32 = p_optim_v_blocks_0_att_key_w[i];
  let v1204: f32 = l1197 * 0.95f;
  let v1205: f32 = v1195 * v1195;
  let v1207: f32 = v1205 * 0.05f;
  let v1208: f32 = v1204 + v1207;
  t1208[i] = v1208;
  let v1209: f32 = sqrt(v1208);
  let l1210: f32 = t1005[0i];
  let v1211: f32 = v1209 / l1210;
  let v1213: f32 = v1211 + 1e-8f;
  t1213[i] = v1213;
}
