// kernel k123a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t495: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t719: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t725: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t732: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l713: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v716: f32 = l713 * 0.9f;
    let l496: f32 = t495[i];
    let l711: f32 = t666[0i];
    let v712: f32 = l496 * l711;
    let v718: f32 = v712 * 0.1f;
    let v719: f32 = v716 + v718;
    t719[i] = v719;
    let l714: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v721: f32 = l714 * 0.95f;
    let v722: f32 = v712 * v712;
    let v724: f32 = v722 * 0.05f;
    let v725: f32 = v721 + v724;
    t725[i] = v725;
    let v726: f32 = sqrt(v725);
    let l728: f32 = t676[0i];
    let v729: f32 = v726 / l728;
    let v731: f32 = v729 + 1e-8f;
    let v732: f32 = v719 / v731;
    t732[i] = v732;
  }
}
