// kernel k145n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t1176: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1177: array<f32>;
@group(0) @binding(3) var<storage, read> t801: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1178: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1183: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l8: f32 = p_blocks_0_att_mix_v[i];
    let x1176: f32 = t1176[i];
    let v1177: f32 = l8 - x1176;
    t1177[i] = v1177;
    let l801: f32 = t801[i];
    let l1040: f32 = t995[0i];
    let v1178: f32 = l801 * l1040;
    t1178[i] = v1178;
    let l1179: f32 = p_optim_m_blocks_0_att_mix_r[i];
    let v1181: f32 = l1179 * 0.9f;
    let v1182: f32 = v1178 * 0.1f;
    let v1183: f32 = v1181 + v1182;
    t1183[i] = v1183;
  }
}
