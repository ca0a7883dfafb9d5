// kernel k179i_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1212: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1213: array<f32>;
@group(0) @binding(3) var<storage, read> t472: array<f32>;
@group(0) @binding(4) var<storage, read> t840: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1299: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1304: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l16: f32 = p_layers_1_attn_norm_g[i];
    let x1212: f32 = t1212[i];
    let v1213: f32 = l16 - x1212;
    t1213[i] = v1213;
    let l473: f32 = t472[i];
    let l885: f32 = t840[0i];
    let v1299: f32 = l473 * l885;
    t1299[i] = v1299;
    let l1300: f32 = p_optim_m_layers_1_attn_wa2_b[i];
    let v1302: f32 = l1300 * 0.9f;
    let v1303: f32 = v1299 * 0.1f;
    let v1304: f32 = v1302 + v1303;
    t1304[i] = v1304;
  }
}
