// kernel k156g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t328: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1244: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1248: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1240: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v1242: f32 = l1240 * 0.9f;
  let l328: f32 = t328[i];
  let l1021: f32 = t756[0i];
  let v1239: f32 = l328 * l1021;
  let v1243: f32 = v1239 * 0.1f;
  let v1244: f32 = v1242 + v1243;
  t1244[i] = v1244;
  let l1241: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v1245: f32 = l1241 * 0.95f;
  let v1246: f32 = v1239 * v1239;
  let v1247: f32 = v1246 * 0.05f;
  let v1248: f32 = v1245 + v1247;
  t1248[i] = v1248;
  let v1249: f32 = sqrt(v1248);
  let l1037: f32 = t766[0i];
  let v1250: f32 = v1249 / l1037;
  let v1251: f32 = v1250 + 1e-8f;
  t1251[i] = v1251;
}
