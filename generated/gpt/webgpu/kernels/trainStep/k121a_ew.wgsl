// kernel k121a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t314: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1153: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1157: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1161: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1149: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1151: f32 = l1149 * 0.9f;
    let l315: f32 = t314[i];
    let l711: f32 = t640[0i];
    let v1148: f32 = l315 * l711;
    let v1152: f32 = v1148 * 0.1f;
    let v1153: f32 = v1151 + v1152;
    t1153[i] = v1153;
    let l1150: f32 = p_optim_v_blocks_1_attn_wo_b[i];
    let v1154: f32 = l1150 * 0.95f;
    let v1155: f32 = v1148 * v1148;
    let v1156: f32 = v1155 * 0.05f;
    let v1157: f32 = v1154 + v1156;
    t1157[i] = v1157;
    let v1158: f32 = sqrt(v1157);
    let l728: f32 = t650[0i];
    let v1159: f32 = v1158 / l728;
    let v1160: f32 = v1159 + 1e-8f;
    let v1161: f32 = v1153 / v1160;
    t1161[i] = v1161;
  }
}
