// kernel k123f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_norm4_g: array<f32>;
@group(0) @binding(1) var<storage, read> t330: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t983: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_norm4_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t987: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t991: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l979: f32 = p_optim_m_layers_0_norm4_g[i];
    let v981: f32 = l979 * 0.9f;
    let l331: f32 = t330[i];
    let l697: f32 = t652[0i];
    let v978: f32 = l331 * l697;
    let v982: f32 = v978 * 0.1f;
    let v983: f32 = v981 + v982;
    t983[i] = v983;
    let l980: f32 = p_optim_v_layers_0_norm4_g[i];
    let v984: f32 = l980 * 0.95f;
    let v985: f32 = v978 * v978;
    let v986: f32 = v985 * 0.05f;
    let v987: f32 = v984 + v986;
    t987[i] = v987;
    let v988: f32 = sqrt(v987);
    let l714: f32 = t662[0i];
    let v989: f32 = v988 / l714;
    let v990: f32 = v989 + 1e-8f;
    let v991: f32 = v983 / v990;
    t991[i] = v991;
  }
}
