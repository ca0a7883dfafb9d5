// kernel k111h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t977: array<f32>;
@group(0) @binding(2) var<storage, read_write> t982: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t986: array<f32>;
@group(0) @binding(5) var<storage, read> t594: array<f32>;
@group(0) @binding(6) var<storage, read> t593: array<f32>;
@group(0) @binding(7) var<storage, read_write> t991: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l978: f32 = p_optim_m_norm_g[i];
    let v980: f32 = l978 * 0.9f;
    let x977: f32 = t977[i];
    let v981: f32 = x977 * 0.1f;
    let v982: f32 = v980 + v981;
    t982[i] = v982;
    let l979: f32 = p_optim_v_norm_g[i];
    let v983: f32 = l979 * 0.95f;
    let v984: f32 = x977 * x977;
    let v985: f32 = v984 * 0.05f;
    let v986: f32 = v983 + v985;
    t986[i] = v986;
    let v987: f32 = sqrt(v986);
    let l646: f32 = t594[0i];
    let v988: f32 = v987 / l646;
    let v989: f32 = v988 + 1e-8f;
    let v990: f32 = v982 / v989;
    let l652: f32 = t593[0i];
    let v991: f32 = v990 * l652;
    t991[i] = v991;
  }
}
