// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t374: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1093: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1097: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1101: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1089: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1091: f32 = l1089 * 0.9f;
    let l375: f32 = t374[i];
    let l750: f32 = t679[0i];
    let v1088: f32 = l375 * l750;
    let v1092: f32 = v1088 * 0.1f;
    let v1093: f32 = v1091 + v1092;
    t1093[i] = v1093;
    let l1090: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1094: f32 = l1090 * 0.95f;
    let v1095: f32 = v1088 * v1088;
    let v1096: f32 = v1095 * 0.05f;
    let v1097: f32 = v1094 + v1096;
    t1097[i] = v1097;
    let v1098: f32 = sqrt(v1097);
    let l767: f32 = t689[0i];
    let v1099: f32 = v1098 / l767;
    let v1100: f32 = v1099 + 1e-8f;
    let v1101: f32 = v1093 / v1100;
    t1101[i] = v1101;
  }
}
