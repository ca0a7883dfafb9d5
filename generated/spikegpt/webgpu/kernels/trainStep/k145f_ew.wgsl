// kernel k145f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t745: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1103: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1107: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1099: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v1101: f32 = l1099 * 0.9f;
    let l746: f32 = t745[i];
    let l1040: f32 = t995[0i];
    let v1098: f32 = l746 * l1040;
    let v1102: f32 = v1098 * 0.1f;
    let v1103: f32 = v1101 + v1102;
    t1103[i] = v1103;
    let l1100: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v1104: f32 = l1100 * 0.95f;
    let v1105: f32 = v1098 * v1098;
    let v1106: f32 = v1105 * 0.05f;
    let v1107: f32 = v1104 + v1106;
    t1107[i] = v1107;
    let v1108: f32 = sqrt(v1107);
    let l1057: f32 = t1005[0i];
    let v1109: f32 = v1108 / l1057;
    let v1110: f32 = v1109 + 1e-8f;
    let v1111: f32 = v1103 / v1110;
    t1111[i] = v1111;
  }
}
