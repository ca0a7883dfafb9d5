// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t450: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t627: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t633: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t640: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l621: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v624: f32 = l621 * 0.9f;
    let l451: f32 = t450[i];
    let l619: f32 = t574[0i];
    let v620: f32 = l451 * l619;
    let v626: f32 = v620 * 0.1f;
    let v627: f32 = v624 + v626;
    t627[i] = v627;
    let l622: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v629: f32 = l622 * 0.95f;
    let v630: f32 = v620 * v620;
    let v632: f32 = v630 * 0.05f;
    let v633: f32 = v629 + v632;
    t633[i] = v633;
    let v634: f32 = sqrt(v633);
    let l636: f32 = t584[0i];
    let v637: f32 = v634 / l636;
    let v639: f32 = v637 + 1e-8f;
    let v640: f32 = v627 / v639;
    t640[i] = v640;
  }
}
