// kernel k182a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t562: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1080: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1086: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1092: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k182a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l1074: f32 = p_optim_m_layers_0_attn_norm_g_1[i];
    let v1077: f32 = l1074 * 0.9f;
    let l563: f32 = t562[i];
    let l1072: f32 = t840[0i];
    let v1073: f32 = l563 * l1072;
    let v1079: f32 = v1073 * 0.1f;
    let v1080: f32 = v1077 + v1079;
    t1080[i] = v1080;
    let l1075: f32 = p_optim_v_layers_0_attn_norm_g_1[i];
    let v1082: f32 = l1075 * 0.95f;
    let v1083: f32 = v1073 * v1073;
    let v1085: f32 = v1083 * 0.05f;
    let v1086: f32 = v1082 + v1085;
    t1086[i] = v1086;
    let v1087: f32 = sqrt(v1086);
    let l1088: f32 = t850[0i];
    let v1089: f32 = v1087 / l1088;
    let v1091: f32 = v1089 + 1e-8f;
    let v1092: f32 = v1080 / v1091;
    t1092[i] = v1092;
  }
}
