// kernel k151c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1133: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1138: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1142: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t775: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1147: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l1134: f32 = p_optim_m_layers_1_attn_q_norm_g[i];
    let v1136: f32 = l1134 * 0.9f;
    let x1133: f32 = t1133[i];
    let v1137: f32 = x1133 * 0.1f;
    let v1138: f32 = v1136 + v1137;
    t1138[i] = v1138;
    let l1135: f32 = p_optim_v_layers_1_attn_q_norm_g[i];
    let v1139: f32 = l1135 * 0.95f;
    let v1140: f32 = x1133 * x1133;
    let v1141: f32 = v1140 * 0.05f;
    let v1142: f32 = v1139 + v1141;
    t1142[i] = v1142;
    let v1143: f32 = sqrt(v1142);
    let l879: f32 = t776[0i];
    let v1144: f32 = v1143 / l879;
    let v1145: f32 = v1144 + 1e-8f;
    let v1146: f32 = v1138 / v1145;
    let l884: f32 = t775[0i];
    let v1147: f32 = v1146 * l884;
    t1147[i] = v1147;
  }
}
