// kernel k179f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t567: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1168: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1172: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1164: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v1166: f32 = l1164 * 0.9f;
    let l568: f32 = t567[i];
    let l935: f32 = t890[0i];
    let v1163: f32 = l568 * l935;
    let v1167: f32 = v1163 * 0.1f;
    let v1168: f32 = v1166 + v1167;
    t1168[i] = v1168;
    let l1165: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v1169: f32 = l1165 * 0.95f;
    let v1170: f32 = v1163 * v1163;
    let v1171: f32 = v1170 * 0.05f;
    let v1172: f32 = v1169 + v1171;
    t1172[i] = v1172;
    let v1173: f32 = sqrt(v1172);
    let l952: f32 = t900[0i];
    let v1174: f32 = v1173 / l952;
    let v1175: f32 = v1174 + 1e-8f;
    let v1176: f32 = v1168 / v1175;
    t1176[i] = v1176;
  }
}
