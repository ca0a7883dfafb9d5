// kernel k127k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t254: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1262: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1266: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1258: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v1260: f32 = l1258 * 0.9f;
  let l254: f32 = t254[i];
  let l955: f32 = t666[0i];
  let v1257: f32 = l254 * l955;
  let v1261: f32 = v1257 * 0.1f;
  let v1262: f32 = v1260 + v1261;
  t1262[i] = v1262;
  let l1259: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1263: f32 = l1259 * 0.95f;
  let v1264: f32 = v1257 * v1257;
  let v1265: f32 = v1264 * 0.05f;
  let v1266: f32 = v1263 + v1265;
  t1266[i] = v1266;
  let v1267: f32 = sqrt(v1266);
  let l971: f32 = t676[0i];
  let v1268: f32 = v1267 / l971;
  let v1269: f32 = v1268 + 1e-8f;
  t1269[i] = v1269;
}
