// kernel k151c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1123: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1128: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1132: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1137: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l1124: f32 = p_optim_m_layers_1_attn_q_norm_g[i];
    let v1126: f32 = l1124 * 0.9f;
    let x1123: f32 = t1123[i];
    let v1127: f32 = x1123 * 0.1f;
    let v1128: f32 = v1126 + v1127;
    t1128[i] = v1128;
    let l1125: f32 = p_optim_v_layers_1_attn_q_norm_g[i];
    let v1129: f32 = l1125 * 0.95f;
    let v1130: f32 = x1123 * x1123;
    let v1131: f32 = v1130 * 0.05f;
    let v1132: f32 = v1129 + v1131;
    t1132[i] = v1132;
    let v1133: f32 = sqrt(v1132);
    let l869: f32 = t766[0i];
    let v1134: f32 = v1133 / l869;
    let v1135: f32 = v1134 + 1e-8f;
    let v1136: f32 = v1128 / v1135;
    let l874: f32 = t765[0i];
    let v1137: f32 = v1136 * l874;
    t1137[i] = v1137;
  }
}
