// kernel k111e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t816: array<f32>;
@group(0) @binding(2) var<storage, read_write> t825: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t821: array<f32>;
@group(0) @binding(5) var<storage, read> t584: array<f32>;
@group(0) @binding(6) var<storage, read> t583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t831: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l818: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v822: f32 = l818 * 0.95f;
    let x816: f32 = t816[i];
    let v823: f32 = x816 * x816;
    let v824: f32 = v823 * 0.05f;
    let v825: f32 = v822 + v824;
    t825[i] = v825;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x821: f32 = t821[i];
    let v826: f32 = sqrt(v825);
    let l636: f32 = t584[0i];
    let v827: f32 = v826 / l636;
    let v828: f32 = v827 + 1e-8f;
    let v829: f32 = x821 / v828;
    let l642: f32 = t583[0i];
    let v830: f32 = v829 * l642;
    let v831: f32 = l10 - v830;
    t831[i] = v831;
  }
}
