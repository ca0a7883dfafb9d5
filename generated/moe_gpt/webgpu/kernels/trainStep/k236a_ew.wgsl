// kernel k236a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t951: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1144: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1150: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1157: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1138: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v1141: f32 = l1138 * 0.9f;
    let l951: f32 = t951[i];
    let l1136: f32 = t1091[0i];
    let v1137: f32 = l951 * l1136;
    let v1143: f32 = v1137 * 0.1f;
    let v1144: f32 = v1141 + v1143;
    t1144[i] = v1144;
    let l1139: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v1146: f32 = l1139 * 0.95f;
    let v1147: f32 = v1137 * v1137;
    let v1149: f32 = v1147 * 0.05f;
    let v1150: f32 = v1146 + v1149;
    t1150[i] = v1150;
    let v1151: f32 = sqrt(v1150);
    let l1153: f32 = t1101[0i];
    let v1154: f32 = v1151 / l1153;
    let v1156: f32 = v1154 + 1e-8f;
    let v1157: f32 = v1144 / v1156;
    t1157[i] = v1157;
  }
}
