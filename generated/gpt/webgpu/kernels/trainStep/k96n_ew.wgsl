// kernel k96n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t915: array<f32>;
@group(0) @binding(2) var<storage, read_write> t916: array<f32>;
@group(0) @binding(3) var<storage, read> t370: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t984: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t989: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_ln2_b[i];
    let x915: f32 = t915[i];
    let v916: f32 = l13 - x915;
    t916[i] = v916;
    let l371: f32 = t370[i];
    let l711: f32 = t640[0i];
    let v984: f32 = l371 * l711;
    t984[i] = v984;
    let l985: f32 = p_optim_m_blocks_0_mlp_proj_b[i];
    let v987: f32 = l985 * 0.9f;
    let v988: f32 = v984 * 0.1f;
    let v989: f32 = v987 + v988;
    t989[i] = v989;
  }
}
