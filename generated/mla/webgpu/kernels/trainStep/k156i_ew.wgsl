// kernel k156i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t315: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1261: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1265: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1268: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1257: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v1259: f32 = l1257 * 0.9f;
  let l315: f32 = t315[i];
  let l1047: f32 = t756[0i];
  let v1256: f32 = l315 * l1047;
  let v1260: f32 = v1256 * 0.1f;
  let v1261: f32 = v1259 + v1260;
  t1261[i] = v1261;
  let l1258: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v1262: f32 = l1258 * 0.95f;
  let v1263: f32 = v1256 * v1256;
  let v1264: f32 = v1263 * 0.05f;
  let v1265: f32 = v1262 + v1264;
  t1265[i] = v1265;
  let v1266: f32 = sqrt(v1265);
  let l1063: f32 = t766[0i];
  let v1267: f32 = v1266 / l1063;
  let v1268: f32 = v1267 + 1e-8f;
  t1268[i] = v1268;
}
