// kernel k198f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t774: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1154: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1158: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1150: f32 = p_optim_m_blocks_0_attn_wk_b[i];
    let v1152: f32 = l1150 * 0.9f;
    let l775: f32 = t774[i];
    let l1057: f32 = t986[0i];
    let v1149: f32 = l775 * l1057;
    let v1153: f32 = v1149 * 0.1f;
    let v1154: f32 = v1152 + v1153;
    t1154[i] = v1154;
    let l1151: f32 = p_optim_v_blocks_0_attn_wk_b[i];
    let v1155: f32 = l1151 * 0.95f;
    let v1156: f32 = v1149 * v1149;
    let v1157: f32 = v1156 * 0.05f;
    let v1158: f32 = v1155 + v1157;
    t1158[i] = v1158;
    let v1159: f32 = sqrt(v1158);
    let l1074: f32 = t996[0i];
    let v1160: f32 = v1159 / l1074;
    let v1161: f32 = v1160 + 1e-8f;
    let v1162: f32 = v1154 / v1161;
    t1162[i] = v1162;
  }
}
