// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t989: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t993: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t997: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l985: f32 = p_optim_m_blocks_0_mlp_proj_b[i];
    let v987: f32 = l985 * 0.9f;
    let l371: f32 = t370[i];
    let l711: f32 = t640[0i];
    let v984: f32 = l371 * l711;
    let v988: f32 = v984 * 0.1f;
    let v989: f32 = v987 + v988;
    t989[i] = v989;
    let l986: f32 = p_optim_v_blocks_0_mlp_proj_b[i];
    let v990: f32 = l986 * 0.95f;
    let v991: f32 = v984 * v984;
    let v992: f32 = v991 * 0.05f;
    let v993: f32 = v990 + v992;
    t993[i] = v993;
    let v994: f32 = sqrt(v993);
    let l728: f32 = t650[0i];
    let v995: f32 = v994 / l728;
    let v996: f32 = v995 + 1e-8f;
    let v997: f32 = v989 / v996;
    t997[i] = v997;
  }
}
