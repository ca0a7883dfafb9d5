// kernel k128k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t434: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1053: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1057: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1061: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1049: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1051: f32 = l1049 * 0.9f;
    let l435: f32 = t434[i];
    let l807: f32 = t736[0i];
    let v1048: f32 = l435 * l807;
    let v1052: f32 = v1048 * 0.1f;
    let v1053: f32 = v1051 + v1052;
    t1053[i] = v1053;
    let l1050: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1054: f32 = l1050 * 0.95f;
    let v1055: f32 = v1048 * v1048;
    let v1056: f32 = v1055 * 0.05f;
    let v1057: f32 = v1054 + v1056;
    t1057[i] = v1057;
    let v1058: f32 = sqrt(v1057);
    let l824: f32 = t746[0i];
    let v1059: f32 = v1058 / l824;
    let v1060: f32 = v1059 + 1e-8f;
    let v1061: f32 = v1053 / v1060;
    t1061[i] = v1061;
  }
}
