// kernel k149c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1015: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1020: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1024: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t775: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1029: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1016: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v1018: f32 = l1016 * 0.9f;
    let x1015: f32 = t1015[i];
    let v1019: f32 = x1015 * 0.1f;
    let v1020: f32 = v1018 + v1019;
    t1020[i] = v1020;
    let l1017: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v1021: f32 = l1017 * 0.95f;
    let v1022: f32 = x1015 * x1015;
    let v1023: f32 = v1022 * 0.05f;
    let v1024: f32 = v1021 + v1023;
    t1024[i] = v1024;
    let v1025: f32 = sqrt(v1024);
    let l828: f32 = t776[0i];
    let v1026: f32 = v1025 / l828;
    let v1027: f32 = v1026 + 1e-8f;
    let v1028: f32 = v1020 / v1027;
    let l834: f32 = t775[0i];
    let v1029: f32 = v1028 * l834;
    t1029[i] = v1029;
  }
}
