// kernel k154c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1173: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1178: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1182: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1187: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1174: f32 = p_optim_m_layers_1_attn_kv_norm_g[i];
    let v1176: f32 = l1174 * 0.9f;
    let x1173: f32 = t1173[i];
    let v1177: f32 = x1173 * 0.1f;
    let v1178: f32 = v1176 + v1177;
    t1178[i] = v1178;
    let l1175: f32 = p_optim_v_layers_1_attn_kv_norm_g[i];
    let v1179: f32 = l1175 * 0.95f;
    let v1180: f32 = x1173 * x1173;
    let v1181: f32 = v1180 * 0.05f;
    let v1182: f32 = v1179 + v1181;
    t1182[i] = v1182;
    let v1183: f32 = sqrt(v1182);
    let l945: f32 = t766[0i];
    let v1184: f32 = v1183 / l945;
    let v1185: f32 = v1184 + 1e-8f;
    let v1186: f32 = v1178 / v1185;
    let l950: f32 = t765[0i];
    let v1187: f32 = v1186 * l950;
    t1187[i] = v1187;
  }
}
