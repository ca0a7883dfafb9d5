// kernel k236a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t971: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1164: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1170: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1177: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1158: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v1161: f32 = l1158 * 0.9f;
    let l971: f32 = t971[i];
    let l1156: f32 = t1111[0i];
    let v1157: f32 = l971 * l1156;
    let v1163: f32 = v1157 * 0.1f;
    let v1164: f32 = v1161 + v1163;
    t1164[i] = v1164;
    let l1159: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v1166: f32 = l1159 * 0.95f;
    let v1167: f32 = v1157 * v1157;
    let v1169: f32 = v1167 * 0.05f;
    let v1170: f32 = v1166 + v1169;
    t1170[i] = v1170;
    let v1171: f32 = sqrt(v1170);
    let l1173: f32 = t1121[0i];
    let v1174: f32 = v1171 / l1173;
    let v1176: f32 = v1174 + 1e-8f;
    let v1177: f32 = v1164 / v1176;
    t1177[i] = v1177;
  }
}
