// kernel k200a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t842: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1011: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1017: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1024: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1005: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v1008: f32 = l1005 * 0.9f;
    let l842: f32 = t842[i];
    let l1003: f32 = t958[0i];
    let v1004: f32 = l842 * l1003;
    let v1010: f32 = v1004 * 0.1f;
    let v1011: f32 = v1008 + v1010;
    t1011[i] = v1011;
    let l1006: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v1013: f32 = l1006 * 0.95f;
    let v1014: f32 = v1004 * v1004;
    let v1016: f32 = v1014 * 0.05f;
    let v1017: f32 = v1013 + v1016;
    t1017[i] = v1017;
    let v1018: f32 = sqrt(v1017);
    let l1020: f32 = t968[0i];
    let v1021: f32 = v1018 / l1020;
    let v1023: f32 = v1021 + 1e-8f;
    let v1024: f32 = v1011 / v1023;
    t1024[i] = v1024;
  }
}
