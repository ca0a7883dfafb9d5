// kernel k145a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln0_g: array<f32>;
@group(0) @binding(1) var<storage, read> t773: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1048: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln0_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1054: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1061: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1042: f32 = p_optim_m_ln0_g[i];
    let v1045: f32 = l1042 * 0.9f;
    let l774: f32 = t773[i];
    let l1040: f32 = t995[0i];
    let v1041: f32 = l774 * l1040;
    let v1047: f32 = v1041 * 0.1f;
    let v1048: f32 = v1045 + v1047;
    t1048[i] = v1048;
    let l1043: f32 = p_optim_v_ln0_g[i];
    let v1050: f32 = l1043 * 0.95f;
    let v1051: f32 = v1041 * v1041;
    let v1053: f32 = v1051 * 0.05f;
    let v1054: f32 = v1050 + v1053;
    t1054[i] = v1054;
    let v1055: f32 = sqrt(v1054);
    let l1057: f32 = t1005[0i];
    let v1058: f32 = v1055 / l1057;
    let v1060: f32 = v1058 + 1e-8f;
    let v1061: f32 = v1048 / v1060;
    t1061[i] = v1061;
  }
}
