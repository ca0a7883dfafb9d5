// kernel k114h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t880: array<f32>;
@group(0) @binding(2) var<storage, read_write> t885: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wk_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t889: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t894: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l881: f32 = p_optim_m_blocks_0_attn_wk_beta[i];
    let v883: f32 = l881 * 0.9f;
    let x880: f32 = t880[i];
    let v884: f32 = x880 * 0.1f;
    let v885: f32 = v883 + v884;
    t885[i] = v885;
    let l882: f32 = p_optim_v_blocks_0_attn_wk_beta[i];
    let v886: f32 = l882 * 0.95f;
    let v887: f32 = x880 * x880;
    let v888: f32 = v887 * 0.05f;
    let v889: f32 = v886 + v888;
    t889[i] = v889;
    let v890: f32 = sqrt(v889);
    let l789: f32 = t711[0i];
    let v891: f32 = v890 / l789;
    let v892: f32 = v891 + 1e-8f;
    let v893: f32 = v885 / v892;
    let l795: f32 = t710[0i];
    let v894: f32 = v893 * l795;
    t894[i] = v894;
  }
}
