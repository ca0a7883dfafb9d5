// kernel k96u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t334: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1087: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1091: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1095: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1083: f32 = p_optim_m_blocks_1_attn_wk_b[i];
    let v1085: f32 = l1083 * 0.9f;
    let l335: f32 = t334[i];
    let l711: f32 = t640[0i];
    let v1082: f32 = l335 * l711;
    let v1086: f32 = v1082 * 0.1f;
    let v1087: f32 = v1085 + v1086;
    t1087[i] = v1087;
    let l1084: f32 = p_optim_v_blocks_1_attn_wk_b[i];
    let v1088: f32 = l1084 * 0.95f;
    let v1089: f32 = v1082 * v1082;
    let v1090: f32 = v1089 * 0.05f;
    let v1091: f32 = v1088 + v1090;
    t1091[i] = v1091;
    let v1092: f32 = sqrt(v1091);
    let l728: f32 = t650[0i];
    let v1093: f32 = v1092 / l728;
    let v1094: f32 = v1093 + 1e-8f;
    let v1095: f32 = v1087 / v1094;
    t1095[i] = v1095;
  }
}
