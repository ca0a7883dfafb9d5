// kernel k111d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t745: array<f32>;
@group(0) @binding(2) var<storage, read_write> t746: array<f32>;
@group(0) @binding(3) var<storage, read> t342: array<f32>;
@group(0) @binding(4) var<storage, read> t574: array<f32>;
@group(0) @binding(5) var<storage, read_write> t816: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t821: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x745: f32 = t745[i];
    let v746: f32 = l6 - x745;
    t746[i] = v746;
    let l343: f32 = t342[i];
    let l619: f32 = t574[0i];
    let v816: f32 = l343 * l619;
    t816[i] = v816;
    let l817: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v819: f32 = l817 * 0.9f;
    let v820: f32 = v816 * 0.1f;
    let v821: f32 = v819 + v820;
    t821[i] = v821;
  }
}
