// kernel k123k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t295: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1163: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1167: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1171: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1159: f32 = p_optim_m_layers_1_attn_wr_b[i];
    let v1161: f32 = l1159 * 0.9f;
    let l296: f32 = t295[i];
    let l711: f32 = t666[0i];
    let v1158: f32 = l296 * l711;
    let v1162: f32 = v1158 * 0.1f;
    let v1163: f32 = v1161 + v1162;
    t1163[i] = v1163;
    let l1160: f32 = p_optim_v_layers_1_attn_wr_b[i];
    let v1164: f32 = l1160 * 0.95f;
    let v1165: f32 = v1158 * v1158;
    let v1166: f32 = v1165 * 0.05f;
    let v1167: f32 = v1164 + v1166;
    t1167[i] = v1167;
    let v1168: f32 = sqrt(v1167);
    let l728: f32 = t676[0i];
    let v1169: f32 = v1168 / l728;
    let v1170: f32 = v1169 + 1e-8f;
    let v1171: f32 = v1163 / v1170;
    t1171[i] = v1171;
  }
}
