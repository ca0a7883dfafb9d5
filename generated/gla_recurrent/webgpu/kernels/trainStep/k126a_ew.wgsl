// kernel k126a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t431: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t906: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t912: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t918: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l900: f32 = p_optim_m_layers_0_attn_norm_g_1[i];
    let v903: f32 = l900 * 0.9f;
    let l432: f32 = t431[i];
    let l898: f32 = t666[0i];
    let v899: f32 = l432 * l898;
    let v905: f32 = v899 * 0.1f;
    let v906: f32 = v903 + v905;
    t906[i] = v906;
    let l901: f32 = p_optim_v_layers_0_attn_norm_g_1[i];
    let v908: f32 = l901 * 0.95f;
    let v909: f32 = v899 * v899;
    let v911: f32 = v909 * 0.05f;
    let v912: f32 = v908 + v911;
    t912[i] = v912;
    let v913: f32 = sqrt(v912);
    let l914: f32 = t676[0i];
    let v915: f32 = v913 / l914;
    let v917: f32 = v915 + 1e-8f;
    let v918: f32 = v906 / v917;
    t918[i] = v918;
  }
}
