// kernel k203e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t865: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1282: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1286: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1278: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1280: f32 = l1278 * 0.9f;
  let l865: f32 = t865[i];
  let l1060: f32 = t989[0i];
  let v1277: f32 = l865 * l1060;
  let v1281: f32 = v1277 * 0.1f;
  let v1282: f32 = v1280 + v1281;
  t1282[i] = v1282;
  let l1279: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1283: f32 = l1279 * 0.95f;
  let v1284: f32 = v1277 * v1277;
  let v1285: f32 = v1284 * 0.05f;
  let v1286: f32 = v1283 + v1285;
  t1286[i] = v1286;
  let v1287: f32 = sqrt(v1286);
  let l1076: f32 = t999[0i];
  let v1288: f32 = v1287 / l1076;
  let v1289: f32 = v1288 + 1e-8f;
  t1289[i] = v1289;
}
