// kernel k145h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1114: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1119: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_att_time_decay: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1123: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1115: f32 = p_optim_m_blocks_0_att_time_decay[i];
    let v1117: f32 = l1115 * 0.9f;
    let x1114: f32 = t1114[i];
    let v1118: f32 = x1114 * 0.1f;
    let v1119: f32 = v1117 + v1118;
    t1119[i] = v1119;
    let l1116: f32 = p_optim_v_blocks_0_att_time_decay[i];
    let v1120: f32 = l1116 * 0.95f;
    let v1121: f32 = x1114 * x1114;
    let v1122: f32 = v1121 * 0.05f;
    let v1123: f32 = v1120 + v1122;
    t1123[i] = v1123;
    let v1124: f32 = sqrt(v1123);
    let l1057: f32 = t1005[0i];
    let v1125: f32 = v1124 / l1057;
    let v1126: f32 = v1125 + 1e-8f;
    let v1127: f32 = v1119 / v1126;
    let l1063: f32 = t1004[0i];
    let v1128: f32 = v1127 * l1063;
    t1128[i] = v1128;
  }
}
