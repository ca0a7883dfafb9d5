// kernel k198d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1097: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1098: array<f32>;
@group(0) @binding(3) var<storage, read> t780: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1116: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1121: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x1097: f32 = t1097[i];
    let v1098: f32 = l3 - x1097;
    t1098[i] = v1098;
    let l781: f32 = t780[i];
    let l1057: f32 = t986[0i];
    let v1116: f32 = l781 * l1057;
    t1116[i] = v1116;
    let l1117: f32 = p_optim_m_blocks_0_attn_wq_b[i];
    let v1119: f32 = l1117 * 0.9f;
    let v1120: f32 = v1116 * 0.1f;
    let v1121: f32 = v1119 + v1120;
    t1121[i] = v1121;
  }
}
