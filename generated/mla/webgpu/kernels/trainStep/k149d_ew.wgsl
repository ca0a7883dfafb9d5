// kernel k149d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1019: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1020: array<f32>;
@group(0) @binding(3) var<storage, read> t454: array<f32>;
@group(0) @binding(4) var<storage, read> t756: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1090: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1095: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_layers_0_mlp_norm_g[i];
    let x1019: f32 = t1019[i];
    let v1020: f32 = l9 - x1019;
    t1020[i] = v1020;
    let l455: f32 = t454[i];
    let l801: f32 = t756[0i];
    let v1090: f32 = l455 * l801;
    t1090[i] = v1090;
    let l1091: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1093: f32 = l1091 * 0.9f;
    let v1094: f32 = v1090 * 0.1f;
    let v1095: f32 = v1093 + v1094;
    t1095[i] = v1095;
  }
}
