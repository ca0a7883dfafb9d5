// kernel k113d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t748: array<f32>;
@group(0) @binding(2) var<storage, read_write> t749: array<f32>;
@group(0) @binding(3) var<storage, read> t351: array<f32>;
@group(0) @binding(4) var<storage, read> t586: array<f32>;
@group(0) @binding(5) var<storage, read_write> t819: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t824: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x748: f32 = t748[i];
    let v749: f32 = l6 - x748;
    t749[i] = v749;
    let l352: f32 = t351[i];
    let l631: f32 = t586[0i];
    let v819: f32 = l352 * l631;
    t819[i] = v819;
    let l820: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v822: f32 = l820 * 0.9f;
    let v823: f32 = v819 * 0.1f;
    let v824: f32 = v822 + v823;
    t824[i] = v824;
  }
}
