// kernel k146g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1259: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_output_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1263: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1255: f32 = p_optim_m_blocks_0_att_output_w[i];
  let v1257: f32 = l1255 * 0.9f;
  let l671: f32 = t671[i];
  let l1194: f32 = t995[0i];
  let v1254: f32 = l671 * l1194;
  let v1258: f32 = v1254 * 0.1f;
  let v1259: f32 = v1257 + v1258;
  t1259[i] = v1259;
  let l1256: f32 = p_optim_v_blocks_0_att_output_w[i];
  let v1260: f32 = l1256 * 0.95f;
  let v1261: f32 = v1254 * v1254;
  let v1262: f32 = v1261 * 0.05f;
  let v1263: f32 = v1260 + v1262;
  t1263[i] = v1263;
  let v1264: f32 = sqrt(v1263);
  let l1210: f32 = t1005[0i];
  let v1265: f32 = v1264 / l1210;
  let v1266: f32 = v1265 + 1e-8f;
  t1266[i] = v1266;
}
