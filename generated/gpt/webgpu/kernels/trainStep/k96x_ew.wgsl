// kernel k96x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1129: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1130: array<f32>;
@group(0) @binding(3) var<storage, read> t314: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1148: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_attn_wv_b[i];
    let x1129: f32 = t1129[i];
    let v1130: f32 = l25 - x1129;
    t1130[i] = v1130;
    let l315: f32 = t314[i];
    let l711: f32 = t640[0i];
    let v1148: f32 = l315 * l711;
    t1148[i] = v1148;
    let l1149: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1151: f32 = l1149 * 0.9f;
    let v1152: f32 = v1148 * 0.1f;
    let v1153: f32 = v1151 + v1152;
    t1153[i] = v1153;
  }
}
