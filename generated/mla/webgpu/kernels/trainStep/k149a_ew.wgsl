// kernel k149a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t809: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t815: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t822: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l803: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v806: f32 = l803 * 0.9f;
    let l609: f32 = t608[i];
    let l801: f32 = t756[0i];
    let v802: f32 = l609 * l801;
    let v808: f32 = v802 * 0.1f;
    let v809: f32 = v806 + v808;
    t809[i] = v809;
    let l804: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v811: f32 = l804 * 0.95f;
    let v812: f32 = v802 * v802;
    let v814: f32 = v812 * 0.05f;
    let v815: f32 = v811 + v814;
    t815[i] = v815;
    let v816: f32 = sqrt(v815);
    let l818: f32 = t766[0i];
    let v819: f32 = v816 / l818;
    let v821: f32 = v819 + 1e-8f;
    let v822: f32 = v809 / v821;
    t822[i] = v822;
  }
}
