// kernel k182a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t602: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1136: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1142: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k182a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1124: f32 = p_optim_m_layers_0_attn_norm_g_1[i];
    let v1127: f32 = l1124 * 0.9f;
    let l603: f32 = t602[i];
    let l1122: f32 = t890[0i];
    let v1123: f32 = l603 * l1122;
    let v1129: f32 = v1123 * 0.1f;
    let v1130: f32 = v1127 + v1129;
    t1130[i] = v1130;
    let l1125: f32 = p_optim_v_layers_0_attn_norm_g_1[i];
    let v1132: f32 = l1125 * 0.95f;
    let v1133: f32 = v1123 * v1123;
    let v1135: f32 = v1133 * 0.05f;
    let v1136: f32 = v1132 + v1135;
    t1136[i] = v1136;
    let v1137: f32 = sqrt(v1136);
    let l1138: f32 = t900[0i];
    let v1139: f32 = v1137 / l1138;
    let v1141: f32 = v1139 + 1e-8f;
    let v1142: f32 = v1130 / v1141;
    t1142[i] = v1142;
  }
}
