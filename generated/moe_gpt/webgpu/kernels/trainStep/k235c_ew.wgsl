// kernel k235c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t741: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1310: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1316: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1322: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1304: f32 = p_optim_m_layers_0_moe_w1[i];
  let v1307: f32 = l1304 * 0.9f;
  let l741: f32 = t741[i];
  let l1302: f32 = t1111[0i];
  let v1303: f32 = l741 * l1302;
  let v1309: f32 = v1303 * 0.1f;
  let v1310: f32 = v1307 + v1309;
  t1310[i] = v1310;
  let l1305: f32 = p_optim_v_layers_0_moe_w1[i];
  let v1312: f32 = l1305 * 0.95f;
  let v1313: f32 = v1303 * v1303;
  let v1315: f32 = v1313 * 0.05f;
  let v1316: f32 = v1312 + v1315;
  t1316[i] = v1316;
  let v1317: f32 = sqrt(v1316);
  let l1319: f32 = t1121[0i];
  let v1320: f32 = v1317 / l1319;
  let v1322: f32 = v1320 + 1e-8f;
  t1322[i] = v1322;
}
