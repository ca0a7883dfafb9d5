// kernel k111e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t815: array<f32>;
@group(0) @binding(2) var<storage, read_write> t824: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t820: array<f32>;
@group(0) @binding(5) var<storage, read> t592: array<f32>;
@group(0) @binding(6) var<storage, read> t591: array<f32>;
@group(0) @binding(7) var<storage, read_write> t830: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l817: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v821: f32 = l817 * 0.95f;
    let x815: f32 = t815[i];
    let v822: f32 = x815 * x815;
    let v823: f32 = v822 * 0.05f;
    let v824: f32 = v821 + v823;
    t824[i] = v824;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x820: f32 = t820[i];
    let v825: f32 = sqrt(v824);
    let l644: f32 = t592[0i];
    let v826: f32 = v825 / l644;
    let v827: f32 = v826 + 1e-8f;
    let v828: f32 = x820 / v827;
    let l650: f32 = t591[0i];
    let v829: f32 = v828 * l650;
    let v830: f32 = l10 - v829;
    t830[i] = v830;
  }
}
