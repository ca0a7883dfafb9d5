// kernel k151a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t599: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t871: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t877: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t883: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l865: f32 = p_optim_m_layers_0_attn_q_norm_g[i];
    let v868: f32 = l865 * 0.9f;
    let l600: f32 = t599[i];
    let l863: f32 = t766[0i];
    let v864: f32 = l600 * l863;
    let v870: f32 = v864 * 0.1f;
    let v871: f32 = v868 + v870;
    t871[i] = v871;
    let l866: f32 = p_optim_v_layers_0_attn_q_norm_g[i];
    let v873: f32 = l866 * 0.95f;
    let v874: f32 = v864 * v864;
    let v876: f32 = v874 * 0.05f;
    let v877: f32 = v873 + v876;
    t877[i] = v877;
    let v878: f32 = sqrt(v877);
    let l879: f32 = t776[0i];
    let v880: f32 = v878 / l879;
    let v882: f32 = v880 + 1e-8f;
    let v883: f32 = v871 / v882;
    t883[i] = v883;
  }
}
