// kernel k179a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t668: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t893: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t899: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t906: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l887: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v890: f32 = l887 * 0.9f;
    let l669: f32 = t668[i];
    let l885: f32 = t840[0i];
    let v886: f32 = l669 * l885;
    let v892: f32 = v886 * 0.1f;
    let v893: f32 = v890 + v892;
    t893[i] = v893;
    let l888: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v895: f32 = l888 * 0.95f;
    let v896: f32 = v886 * v886;
    let v898: f32 = v896 * 0.05f;
    let v899: f32 = v895 + v898;
    t899[i] = v899;
    let v900: f32 = sqrt(v899);
    let l902: f32 = t850[0i];
    let v903: f32 = v900 / l902;
    let v905: f32 = v903 + 1e-8f;
    let v906: f32 = v893 / v905;
    t906[i] = v906;
  }
}
