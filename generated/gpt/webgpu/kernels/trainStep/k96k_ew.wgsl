// kernel k96k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t392: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t890: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t894: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t898: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l886: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v888: f32 = l886 * 0.9f;
    let l393: f32 = t392[i];
    let l711: f32 = t640[0i];
    let v885: f32 = l393 * l711;
    let v889: f32 = v885 * 0.1f;
    let v890: f32 = v888 + v889;
    t890[i] = v890;
    let l887: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v891: f32 = l887 * 0.95f;
    let v892: f32 = v885 * v885;
    let v893: f32 = v892 * 0.05f;
    let v894: f32 = v891 + v893;
    t894[i] = v894;
    let v895: f32 = sqrt(v894);
    let l728: f32 = t650[0i];
    let v896: f32 = v895 / l728;
    let v897: f32 = v896 + 1e-8f;
    let v898: f32 = v890 / v897;
    t898[i] = v898;
  }
}
