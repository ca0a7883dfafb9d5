// kernel k149c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1005: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1010: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1014: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1019: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1006: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v1008: f32 = l1006 * 0.9f;
    let x1005: f32 = t1005[i];
    let v1009: f32 = x1005 * 0.1f;
    let v1010: f32 = v1008 + v1009;
    t1010[i] = v1010;
    let l1007: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v1011: f32 = l1007 * 0.95f;
    let v1012: f32 = x1005 * x1005;
    let v1013: f32 = v1012 * 0.05f;
    let v1014: f32 = v1011 + v1013;
    t1014[i] = v1014;
    let v1015: f32 = sqrt(v1014);
    let l818: f32 = t766[0i];
    let v1016: f32 = v1015 / l818;
    let v1017: f32 = v1016 + 1e-8f;
    let v1018: f32 = v1010 / v1017;
    let l824: f32 = t765[0i];
    let v1019: f32 = v1018 * l824;
    t1019[i] = v1019;
  }
}
