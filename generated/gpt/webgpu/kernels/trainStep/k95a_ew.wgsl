// kernel k95a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t477: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t814: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t822: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l810: f32 = p_optim_m_blocks_0_attn_wq_b[i];
    let v812: f32 = l810 * 0.9f;
    let l478: f32 = t477[i];
    let l750: f32 = t679[0i];
    let v809: f32 = l478 * l750;
    let v813: f32 = v809 * 0.1f;
    let v814: f32 = v812 + v813;
    t814[i] = v814;
    let l811: f32 = p_optim_v_blocks_0_attn_wq_b[i];
    let v815: f32 = l811 * 0.95f;
    let v816: f32 = v809 * v809;
    let v817: f32 = v816 * 0.05f;
    let v818: f32 = v815 + v817;
    t818[i] = v818;
    let v819: f32 = sqrt(v818);
    let l767: f32 = t689[0i];
    let v820: f32 = v819 / l767;
    let v821: f32 = v820 + 1e-8f;
    let v822: f32 = v814 / v821;
    t822[i] = v822;
  }
}
