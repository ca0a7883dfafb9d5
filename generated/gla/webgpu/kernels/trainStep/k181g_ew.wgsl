// kernel k181g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t475: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1287: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1291: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1294: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1283: f32 = p_optim_m_layers_1_attn_wa2_w[i];
  let v1285: f32 = l1283 * 0.9f;
  let l475: f32 = t475[i];
  let l997: f32 = t840[0i];
  let v1282: f32 = l475 * l997;
  let v1286: f32 = v1282 * 0.1f;
  let v1287: f32 = v1285 + v1286;
  t1287[i] = v1287;
  let l1284: f32 = p_optim_v_layers_1_attn_wa2_w[i];
  let v1288: f32 = l1284 * 0.95f;
  let v1289: f32 = v1282 * v1282;
  let v1290: f32 = v1289 * 0.05f;
  let v1291: f32 = v1288 + v1290;
  t1291[i] = v1291;
  let v1292: f32 = sqrt(v1291);
  let l1013: f32 = t850[0i];
  let v1293: f32 = v1292 / l1013;
  let v1294: f32 = v1293 + 1e-8f;
  t1294[i] = v1294;
}
