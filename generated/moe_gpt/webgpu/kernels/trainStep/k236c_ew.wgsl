// kernel k236c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1239: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1244: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1248: array<f32>;
@group(0) @binding(5) var<storage, read> t1101: array<f32>;
@group(0) @binding(6) var<storage, read> t1100: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1253: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1240: f32 = p_optim_m_layers_0_moe_norm_g[i];
    let v1242: f32 = l1240 * 0.9f;
    let x1239: f32 = t1239[i];
    let v1243: f32 = x1239 * 0.1f;
    let v1244: f32 = v1242 + v1243;
    t1244[i] = v1244;
    let l1241: f32 = p_optim_v_layers_0_moe_norm_g[i];
    let v1245: f32 = l1241 * 0.95f;
    let v1246: f32 = x1239 * x1239;
    let v1247: f32 = v1246 * 0.05f;
    let v1248: f32 = v1245 + v1247;
    t1248[i] = v1248;
    let v1249: f32 = sqrt(v1248);
    let l1153: f32 = t1101[0i];
    let v1250: f32 = v1249 / l1153;
    let v1251: f32 = v1250 + 1e-8f;
    let v1252: f32 = v1244 / v1251;
    let l1159: f32 = t1100[0i];
    let v1253: f32 = v1252 * l1159;
    t1253[i] = v1253;
  }
}
