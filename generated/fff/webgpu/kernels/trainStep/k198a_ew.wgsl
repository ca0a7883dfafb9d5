// kernel k198a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t790: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1065: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1071: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1078: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1059: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v1062: f32 = l1059 * 0.9f;
    let l791: f32 = t790[i];
    let l1057: f32 = t986[0i];
    let v1058: f32 = l791 * l1057;
    let v1064: f32 = v1058 * 0.1f;
    let v1065: f32 = v1062 + v1064;
    t1065[i] = v1065;
    let l1060: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v1067: f32 = l1060 * 0.95f;
    let v1068: f32 = v1058 * v1058;
    let v1070: f32 = v1068 * 0.05f;
    let v1071: f32 = v1067 + v1070;
    t1071[i] = v1071;
    let v1072: f32 = sqrt(v1071);
    let l1074: f32 = t996[0i];
    let v1075: f32 = v1072 / l1074;
    let v1077: f32 = v1075 + 1e-8f;
    let v1078: f32 = v1065 / v1077;
    t1078[i] = v1078;
  }
}
