// kernel k151a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t589: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t861: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t867: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t873: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l855: f32 = p_optim_m_layers_0_attn_q_norm_g[i];
    let v858: f32 = l855 * 0.9f;
    let l590: f32 = t589[i];
    let l853: f32 = t756[0i];
    let v854: f32 = l590 * l853;
    let v860: f32 = v854 * 0.1f;
    let v861: f32 = v858 + v860;
    t861[i] = v861;
    let l856: f32 = p_optim_v_layers_0_attn_q_norm_g[i];
    let v863: f32 = l856 * 0.95f;
    let v864: f32 = v854 * v854;
    let v866: f32 = v864 * 0.05f;
    let v867: f32 = v863 + v866;
    t867[i] = v867;
    let v868: f32 = sqrt(v867);
    let l869: f32 = t766[0i];
    let v870: f32 = v868 / l869;
    let v872: f32 = v870 + 1e-8f;
    let v873: f32 = v861 / v872;
    t873[i] = v873;
  }
}
