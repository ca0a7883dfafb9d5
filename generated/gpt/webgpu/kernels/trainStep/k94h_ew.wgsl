// kernel k94h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t832: array<f32>;
@group(0) @binding(2) var<storage, read_write> t837: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t841: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t846: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l833: f32 = p_optim_m_blocks_0_attn_wv_b[i];
    let v835: f32 = l833 * 0.9f;
    let x832: f32 = t832[i];
    let v836: f32 = x832 * 0.1f;
    let v837: f32 = v835 + v836;
    t837[i] = v837;
    let l834: f32 = p_optim_v_blocks_0_attn_wv_b[i];
    let v838: f32 = l834 * 0.95f;
    let v839: f32 = x832 * x832;
    let v840: f32 = v839 * 0.05f;
    let v841: f32 = v838 + v840;
    t841[i] = v841;
    let v842: f32 = sqrt(v841);
    let l724: f32 = t646[0i];
    let v843: f32 = v842 / l724;
    let v844: f32 = v843 + 1e-8f;
    let v845: f32 = v837 / v844;
    let l730: f32 = t645[0i];
    let v846: f32 = v845 * l730;
    t846[i] = v846;
  }
}
