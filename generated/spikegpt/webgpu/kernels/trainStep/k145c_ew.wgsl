// kernel k145c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln0_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1066: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1071: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln0_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1075: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1080: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1067: f32 = p_optim_m_ln0_b[i];
    let v1069: f32 = l1067 * 0.9f;
    let x1066: f32 = t1066[i];
    let v1070: f32 = x1066 * 0.1f;
    let v1071: f32 = v1069 + v1070;
    t1071[i] = v1071;
    let l1068: f32 = p_optim_v_ln0_b[i];
    let v1072: f32 = l1068 * 0.95f;
    let v1073: f32 = x1066 * x1066;
    let v1074: f32 = v1073 * 0.05f;
    let v1075: f32 = v1072 + v1074;
    t1075[i] = v1075;
    let v1076: f32 = sqrt(v1075);
    let l1057: f32 = t1005[0i];
    let v1077: f32 = v1076 / l1057;
    let v1078: f32 = v1077 + 1e-8f;
    let v1079: f32 = v1071 / v1078;
    let l1063: f32 = t1004[0i];
    let v1080: f32 = v1079 * l1063;
    t1080[i] = v1080;
  }
}
