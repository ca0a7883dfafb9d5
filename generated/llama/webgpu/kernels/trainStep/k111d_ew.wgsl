// kernel k111d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t744: array<f32>;
@group(0) @binding(2) var<storage, read_write> t745: array<f32>;
@group(0) @binding(3) var<storage, read> t348: array<f32>;
@group(0) @binding(4) var<storage, read> t582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t815: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t820: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x744: f32 = t744[i];
    let v745: f32 = l6 - x744;
    t745[i] = v745;
    let l349: f32 = t348[i];
    let l627: f32 = t582[0i];
    let v815: f32 = l349 * l627;
    t815[i] = v815;
    let l816: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v818: f32 = l816 * 0.9f;
    let v819: f32 = v815 * 0.1f;
    let v820: f32 = v818 + v819;
    t820[i] = v820;
  }
}
