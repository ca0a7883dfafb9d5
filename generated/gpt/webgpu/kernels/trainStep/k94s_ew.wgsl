// kernel k94s_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1026: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1027: array<f32>;
@group(0) @binding(3) var<storage, read> t337: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1045: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1050: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_blocks_1_ln1_b[i];
    let x1026: f32 = t1026[i];
    let v1027: f32 = l19 - x1026;
    t1027[i] = v1027;
    let l338: f32 = t337[i];
    let l707: f32 = t636[0i];
    let v1045: f32 = l338 * l707;
    t1045[i] = v1045;
    let l1046: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1048: f32 = l1046 * 0.9f;
    let v1049: f32 = v1045 * 0.1f;
    let v1050: f32 = v1048 + v1049;
    t1050[i] = v1050;
  }
}
