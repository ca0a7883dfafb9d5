// kernel k96s_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1031: array<f32>;
@group(0) @binding(3) var<storage, read> t340: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1049: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1054: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_blocks_1_ln1_b[i];
    let x1030: f32 = t1030[i];
    let v1031: f32 = l19 - x1030;
    t1031[i] = v1031;
    let l341: f32 = t340[i];
    let l711: f32 = t640[0i];
    let v1049: f32 = l341 * l711;
    t1049[i] = v1049;
    let l1050: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1052: f32 = l1050 * 0.9f;
    let v1053: f32 = v1049 * 0.1f;
    let v1054: f32 = v1052 + v1053;
    t1054[i] = v1054;
  }
}
