// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t368: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1126: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1134: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1122: f32 = p_optim_m_blocks_1_attn_wk_b[i];
    let v1124: f32 = l1122 * 0.9f;
    let l369: f32 = t368[i];
    let l750: f32 = t679[0i];
    let v1121: f32 = l369 * l750;
    let v1125: f32 = v1121 * 0.1f;
    let v1126: f32 = v1124 + v1125;
    t1126[i] = v1126;
    let l1123: f32 = p_optim_v_blocks_1_attn_wk_b[i];
    let v1127: f32 = l1123 * 0.95f;
    let v1128: f32 = v1121 * v1121;
    let v1129: f32 = v1128 * 0.05f;
    let v1130: f32 = v1127 + v1129;
    t1130[i] = v1130;
    let v1131: f32 = sqrt(v1130);
    let l767: f32 = t689[0i];
    let v1132: f32 = v1131 / l767;
    let v1133: f32 = v1132 + 1e-8f;
    let v1134: f32 = v1126 / v1133;
    t1134[i] = v1134;
  }
}
