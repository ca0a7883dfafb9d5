// kernel k145k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t803: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1151: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1155: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1147: f32 = p_optim_m_blocks_0_att_mix_k[i];
    let v1149: f32 = l1147 * 0.9f;
    let l803: f32 = t803[i];
    let l1040: f32 = t995[0i];
    let v1146: f32 = l803 * l1040;
    let v1150: f32 = v1146 * 0.1f;
    let v1151: f32 = v1149 + v1150;
    t1151[i] = v1151;
    let l1148: f32 = p_optim_v_blocks_0_att_mix_k[i];
    let v1152: f32 = l1148 * 0.95f;
    let v1153: f32 = v1146 * v1146;
    let v1154: f32 = v1153 * 0.05f;
    let v1155: f32 = v1152 + v1154;
    t1155[i] = v1155;
    let v1156: f32 = sqrt(v1155);
    let l1057: f32 = t1005[0i];
    let v1157: f32 = v1156 / l1057;
    let v1158: f32 = v1157 + 1e-8f;
    let v1159: f32 = v1151 / v1158;
    t1159[i] = v1159;
  }
}
