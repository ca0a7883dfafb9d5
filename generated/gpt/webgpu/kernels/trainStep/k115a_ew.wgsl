// kernel k115a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1159: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1163: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1167: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1155: f32 = p_optim_m_blocks_1_attn_wv_b[i];
    let v1157: f32 = l1155 * 0.9f;
    let l363: f32 = t362[i];
    let l750: f32 = t679[0i];
    let v1154: f32 = l363 * l750;
    let v1158: f32 = v1154 * 0.1f;
    let v1159: f32 = v1157 + v1158;
    t1159[i] = v1159;
    let l1156: f32 = p_optim_v_blocks_1_attn_wv_b[i];
    let v1160: f32 = l1156 * 0.95f;
    let v1161: f32 = v1154 * v1154;
    let v1162: f32 = v1161 * 0.05f;
    let v1163: f32 = v1160 + v1162;
    t1163[i] = v1163;
    let v1164: f32 = sqrt(v1163);
    let l767: f32 = t689[0i];
    let v1165: f32 = v1164 / l767;
    let v1166: f32 = v1165 + 1e-8f;
    let v1167: f32 = v1159 / v1166;
    t1167[i] = v1167;
  }
}
