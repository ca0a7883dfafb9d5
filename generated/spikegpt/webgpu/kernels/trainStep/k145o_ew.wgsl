// kernel k145o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1178: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1187: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(4) var<storage, read> t1183: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1193: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1180: f32 = p_optim_v_blocks_0_att_mix_r[i];
    let v1184: f32 = l1180 * 0.95f;
    let x1178: f32 = t1178[i];
    let v1185: f32 = x1178 * x1178;
    let v1186: f32 = v1185 * 0.05f;
    let v1187: f32 = v1184 + v1186;
    t1187[i] = v1187;
    let l9: f32 = p_blocks_0_att_mix_r[i];
    let x1183: f32 = t1183[i];
    let v1188: f32 = sqrt(v1187);
    let l1057: f32 = t1005[0i];
    let v1189: f32 = v1188 / l1057;
    let v1190: f32 = v1189 + 1e-8f;
    let v1191: f32 = x1183 / v1190;
    let l1063: f32 = t1004[0i];
    let v1192: f32 = v1191 * l1063;
    let v1193: f32 = l9 - v1192;
    t1193[i] = v1193;
  }
}
