// kernel k154c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1183: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1188: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1192: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t775: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1197: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1184: f32 = p_optim_m_layers_1_attn_kv_norm_g[i];
    let v1186: f32 = l1184 * 0.9f;
    let x1183: f32 = t1183[i];
    let v1187: f32 = x1183 * 0.1f;
    let v1188: f32 = v1186 + v1187;
    t1188[i] = v1188;
    let l1185: f32 = p_optim_v_layers_1_attn_kv_norm_g[i];
    let v1189: f32 = l1185 * 0.95f;
    let v1190: f32 = x1183 * x1183;
    let v1191: f32 = v1190 * 0.05f;
    let v1192: f32 = v1189 + v1191;
    t1192[i] = v1192;
    let v1193: f32 = sqrt(v1192);
    let l955: f32 = t776[0i];
    let v1194: f32 = v1193 / l955;
    let v1195: f32 = v1194 + 1e-8f;
    let v1196: f32 = v1188 / v1195;
    let l960: f32 = t775[0i];
    let v1197: f32 = v1196 * l960;
    t1197[i] = v1197;
  }
}
