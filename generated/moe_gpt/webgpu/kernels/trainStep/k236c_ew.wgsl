// kernel k236c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1259: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1264: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1268: array<f32>;
@group(0) @binding(5) var<storage, read> t1121: array<f32>;
@group(0) @binding(6) var<storage, read> t1120: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1273: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1260: f32 = p_optim_m_layers_0_moe_norm_g[i];
    let v1262: f32 = l1260 * 0.9f;
    let x1259: f32 = t1259[i];
    let v1263: f32 = x1259 * 0.1f;
    let v1264: f32 = v1262 + v1263;
    t1264[i] = v1264;
    let l1261: f32 = p_optim_v_layers_0_moe_norm_g[i];
    let v1265: f32 = l1261 * 0.95f;
    let v1266: f32 = x1259 * x1259;
    let v1267: f32 = v1266 * 0.05f;
    let v1268: f32 = v1265 + v1267;
    t1268[i] = v1268;
    let v1269: f32 = sqrt(v1268);
    let l1173: f32 = t1121[0i];
    let v1270: f32 = v1269 / l1173;
    let v1271: f32 = v1270 + 1e-8f;
    let v1272: f32 = v1264 / v1271;
    let l1179: f32 = t1120[0i];
    let v1273: f32 = v1272 * l1179;
    t1273[i] = v1273;
  }
}
