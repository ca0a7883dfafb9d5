// kernel k96f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t432: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t808: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t812: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t816: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l804: f32 = p_optim_m_blocks_0_attn_wk_b[i];
    let v806: f32 = l804 * 0.9f;
    let l433: f32 = t432[i];
    let l711: f32 = t640[0i];
    let v803: f32 = l433 * l711;
    let v807: f32 = v803 * 0.1f;
    let v808: f32 = v806 + v807;
    t808[i] = v808;
    let l805: f32 = p_optim_v_blocks_0_attn_wk_b[i];
    let v809: f32 = l805 * 0.95f;
    let v810: f32 = v803 * v803;
    let v811: f32 = v810 * 0.05f;
    let v812: f32 = v809 + v811;
    t812[i] = v812;
    let v813: f32 = sqrt(v812);
    let l728: f32 = t650[0i];
    let v814: f32 = v813 / l728;
    let v815: f32 = v814 + 1e-8f;
    let v816: f32 = v808 / v815;
    t816[i] = v816;
  }
}
