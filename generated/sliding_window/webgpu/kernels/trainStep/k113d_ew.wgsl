// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t759: array<f32>;
@group(0) @binding(2) var<storage, read_write> t760: array<f32>;
@group(0) @binding(3) var<storage, read> t353: array<f32>;
@group(0) @binding(4) var<storage, read> t588: array<f32>;
@group(0) @binding(5) var<storage, read_write> t830: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t835: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x759: f32 = t759[i];
    let v760: f32 = l6 - x759;
    t760[i] = v760;
    let l354: f32 = t353[i];
    let l633: f32 = t588[0i];
    let v830: f32 = l354 * l633;
    t830[i] = v830;
    let l831: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v833: f32 = l831 * 0.9f;
    let v834: f32 = v830 * 0.1f;
    let v835: f32 = v833 + v834;
    t835[i] = v835;
  }
}
