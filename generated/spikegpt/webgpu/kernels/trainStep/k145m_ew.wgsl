// kernel k145m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t1162: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1167: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1171: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1163: f32 = p_optim_m_blocks_0_att_mix_v[i];
    let v1165: f32 = l1163 * 0.9f;
    let x1162: f32 = t1162[i];
    let v1166: f32 = x1162 * 0.1f;
    let v1167: f32 = v1165 + v1166;
    t1167[i] = v1167;
    let l1164: f32 = p_optim_v_blocks_0_att_mix_v[i];
    let v1168: f32 = l1164 * 0.95f;
    let v1169: f32 = x1162 * x1162;
    let v1170: f32 = v1169 * 0.05f;
    let v1171: f32 = v1168 + v1170;
    t1171[i] = v1171;
    let v1172: f32 = sqrt(v1171);
    let l1057: f32 = t1005[0i];
    let v1173: f32 = v1172 / l1057;
    let v1174: f32 = v1173 + 1e-8f;
    let v1175: f32 = v1167 / v1174;
    let l1063: f32 = t1004[0i];
    let v1176: f32 = v1175 * l1063;
    t1176[i] = v1176;
  }
}
