// kernel k97c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1213: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1218: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1222: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1227: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1214: f32 = p_optim_m_blocks_1_mlp_fc_b[i];
  let v1216: f32 = l1214 * 0.9f;
  let x1213: f32 = t1213[i];
  let v1217: f32 = x1213 * 0.1f;
  let v1218: f32 = v1216 + v1217;
  t1218[i] = v1218;
  let l1215: f32 = p_optim_v_blocks_1_mlp_fc_b[i];
  let v1219: f32 = l1215 * 0.95f;
  let v1220: f32 = x1213 * x1213;
  let v1221: f32 = v1220 * 0.05f;
  let v1222: f32 = v1219 + v1221;
  t1222[i] = v1222;
  let v1223: f32 = sqrt(v1222);
  let l959: f32 = t650[0i];
  let v1224: f32 = v1223 / l959;
  let v1225: f32 = v1224 + 1e-8f;
  let v1226: f32 = v1218 / v1225;
  let l964: f32 = t649[0i];
  let v1227: f32 = v1226 * l964;
  t1227[i] = v1227;
}
