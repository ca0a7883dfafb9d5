// kernel k111f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t264: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t894: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t898: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t902: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l890: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v892: f32 = l890 * 0.9f;
    let l265: f32 = t264[i];
    let l617: f32 = t572[0i];
    let v889: f32 = l265 * l617;
    let v893: f32 = v889 * 0.1f;
    let v894: f32 = v892 + v893;
    t894[i] = v894;
    let l891: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v895: f32 = l891 * 0.95f;
    let v896: f32 = v889 * v889;
    let v897: f32 = v896 * 0.05f;
    let v898: f32 = v895 + v897;
    t898[i] = v898;
    let v899: f32 = sqrt(v898);
    let l634: f32 = t582[0i];
    let v900: f32 = v899 / l634;
    let v901: f32 = v900 + 1e-8f;
    let v902: f32 = v894 / v901;
    t902[i] = v902;
  }
}
