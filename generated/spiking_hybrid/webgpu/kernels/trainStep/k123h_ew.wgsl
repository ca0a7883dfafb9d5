// kernel k123h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1045: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1050: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1054: array<f32>;
@group(0) @binding(5) var<storage, read> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t661: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1059: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1046: f32 = p_optim_m_norm_g[i];
    let v1048: f32 = l1046 * 0.9f;
    let x1045: f32 = t1045[i];
    let v1049: f32 = x1045 * 0.1f;
    let v1050: f32 = v1048 + v1049;
    t1050[i] = v1050;
    let l1047: f32 = p_optim_v_norm_g[i];
    let v1051: f32 = l1047 * 0.95f;
    let v1052: f32 = x1045 * x1045;
    let v1053: f32 = v1052 * 0.05f;
    let v1054: f32 = v1051 + v1053;
    t1054[i] = v1054;
    let v1055: f32 = sqrt(v1054);
    let l714: f32 = t662[0i];
    let v1056: f32 = v1055 / l714;
    let v1057: f32 = v1056 + 1e-8f;
    let v1058: f32 = v1050 / v1057;
    let l720: f32 = t661[0i];
    let v1059: f32 = v1058 * l720;
    t1059[i] = v1059;
  }
}
