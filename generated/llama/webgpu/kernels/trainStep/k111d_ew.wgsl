// kernel k111d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t734: array<f32>;
@group(0) @binding(2) var<storage, read_write> t735: array<f32>;
@group(0) @binding(3) var<storage, read> t340: array<f32>;
@group(0) @binding(4) var<storage, read> t572: array<f32>;
@group(0) @binding(5) var<storage, read_write> t805: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t810: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x734: f32 = t734[i];
    let v735: f32 = l6 - x734;
    t735[i] = v735;
    let l341: f32 = t340[i];
    let l617: f32 = t572[0i];
    let v805: f32 = l341 * l617;
    t805[i] = v805;
    let l806: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v808: f32 = l806 * 0.9f;
    let v809: f32 = v805 * 0.1f;
    let v810: f32 = v808 + v809;
    t810[i] = v810;
  }
}
