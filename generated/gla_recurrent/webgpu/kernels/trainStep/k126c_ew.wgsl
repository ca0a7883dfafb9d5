// kernel k126c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t1174: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1179: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1183: array<f32>;
@group(0) @binding(5) var<storage, read> t676: array<f32>;
@group(0) @binding(6) var<storage, read> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1175: f32 = p_optim_m_layers_1_attn_norm_g_1[i];
    let v1177: f32 = l1175 * 0.9f;
    let x1174: f32 = t1174[i];
    let v1178: f32 = x1174 * 0.1f;
    let v1179: f32 = v1177 + v1178;
    t1179[i] = v1179;
    let l1176: f32 = p_optim_v_layers_1_attn_norm_g_1[i];
    let v1180: f32 = l1176 * 0.95f;
    let v1181: f32 = x1174 * x1174;
    let v1182: f32 = v1181 * 0.05f;
    let v1183: f32 = v1180 + v1182;
    t1183[i] = v1183;
    let v1184: f32 = sqrt(v1183);
    let l914: f32 = t676[0i];
    let v1185: f32 = v1184 / l914;
    let v1186: f32 = v1185 + 1e-8f;
    let v1187: f32 = v1179 / v1186;
    let l919: f32 = t675[0i];
    let v1188: f32 = v1187 * l919;
    t1188[i] = v1188;
  }
}
