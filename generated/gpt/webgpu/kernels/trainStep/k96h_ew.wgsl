// kernel k96h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t836: array<f32>;
@group(0) @binding(2) var<storage, read_write> t841: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t845: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t850: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l837: f32 = p_optim_m_blocks_0_attn_wv_b[i];
    let v839: f32 = l837 * 0.9f;
    let x836: f32 = t836[i];
    let v840: f32 = x836 * 0.1f;
    let v841: f32 = v839 + v840;
    t841[i] = v841;
    let l838: f32 = p_optim_v_blocks_0_attn_wv_b[i];
    let v842: f32 = l838 * 0.95f;
    let v843: f32 = x836 * x836;
    let v844: f32 = v843 * 0.05f;
    let v845: f32 = v842 + v844;
    t845[i] = v845;
    let v846: f32 = sqrt(v845);
    let l728: f32 = t650[0i];
    let v847: f32 = v846 / l728;
    let v848: f32 = v847 + 1e-8f;
    let v849: f32 = v841 / v848;
    let l734: f32 = t649[0i];
    let v850: f32 = v849 * l734;
    t850[i] = v850;
  }
}
