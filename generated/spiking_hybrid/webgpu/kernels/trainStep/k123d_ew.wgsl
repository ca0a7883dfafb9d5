// kernel k123d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_norm2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t814: array<f32>;
@group(0) @binding(2) var<storage, read_write> t815: array<f32>;
@group(0) @binding(3) var<storage, read> t406: array<f32>;
@group(0) @binding(4) var<storage, read> t652: array<f32>;
@group(0) @binding(5) var<storage, read_write> t885: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_0_norm3_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t890: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_norm2_g[i];
    let x814: f32 = t814[i];
    let v815: f32 = l6 - x814;
    t815[i] = v815;
    let l407: f32 = t406[i];
    let l697: f32 = t652[0i];
    let v885: f32 = l407 * l697;
    t885[i] = v885;
    let l886: f32 = p_optim_m_layers_0_norm3_g[i];
    let v888: f32 = l886 * 0.9f;
    let v889: f32 = v885 * 0.1f;
    let v890: f32 = v888 + v889;
    t890[i] = v890;
  }
}
