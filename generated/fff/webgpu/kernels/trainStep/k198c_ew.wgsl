// kernel k198c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1083: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1088: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1092: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1097: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1084: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v1086: f32 = l1084 * 0.9f;
    let x1083: f32 = t1083[i];
    let v1087: f32 = x1083 * 0.1f;
    let v1088: f32 = v1086 + v1087;
    t1088[i] = v1088;
    let l1085: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v1089: f32 = l1085 * 0.95f;
    let v1090: f32 = x1083 * x1083;
    let v1091: f32 = v1090 * 0.05f;
    let v1092: f32 = v1089 + v1091;
    t1092[i] = v1092;
    let v1093: f32 = sqrt(v1092);
    let l1074: f32 = t996[0i];
    let v1094: f32 = v1093 / l1074;
    let v1095: f32 = v1094 + 1e-8f;
    let v1096: f32 = v1088 / v1095;
    let l1080: f32 = t995[0i];
    let v1097: f32 = v1096 * l1080;
    t1097[i] = v1097;
  }
}
