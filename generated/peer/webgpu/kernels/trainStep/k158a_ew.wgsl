// kernel k158a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t887: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t893: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t900: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l881: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v884: f32 = l881 * 0.9f;
    let l609: f32 = t608[i];
    let l879: f32 = t808[0i];
    let v880: f32 = l609 * l879;
    let v886: f32 = v880 * 0.1f;
    let v887: f32 = v884 + v886;
    t887[i] = v887;
    let l882: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v889: f32 = l882 * 0.95f;
    let v890: f32 = v880 * v880;
    let v892: f32 = v890 * 0.05f;
    let v893: f32 = v889 + v892;
    t893[i] = v893;
    let v894: f32 = sqrt(v893);
    let l896: f32 = t818[0i];
    let v897: f32 = v894 / l896;
    let v899: f32 = v897 + 1e-8f;
    let v900: f32 = v887 / v899;
    t900[i] = v900;
  }
}
