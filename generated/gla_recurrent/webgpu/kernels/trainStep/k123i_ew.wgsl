// kernel k123i_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1038: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1039: array<f32>;
@group(0) @binding(3) var<storage, read> t342: array<f32>;
@group(0) @binding(4) var<storage, read> t666: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1125: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1130: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l16: f32 = p_layers_1_attn_norm_g[i];
    let x1038: f32 = t1038[i];
    let v1039: f32 = l16 - x1038;
    t1039[i] = v1039;
    let l343: f32 = t342[i];
    let l711: f32 = t666[0i];
    let v1125: f32 = l343 * l711;
    t1125[i] = v1125;
    let l1126: f32 = p_optim_m_layers_1_attn_wa2_b[i];
    let v1128: f32 = l1126 * 0.9f;
    let v1129: f32 = v1125 * 0.1f;
    let v1130: f32 = v1128 + v1129;
    t1130[i] = v1130;
  }
}
