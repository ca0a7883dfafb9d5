// kernel k158h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1004: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1009: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1013: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1018: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1005: f32 = p_optim_m_blocks_0_attn_wv_b[i];
    let v1007: f32 = l1005 * 0.9f;
    let x1004: f32 = t1004[i];
    let v1008: f32 = x1004 * 0.1f;
    let v1009: f32 = v1007 + v1008;
    t1009[i] = v1009;
    let l1006: f32 = p_optim_v_blocks_0_attn_wv_b[i];
    let v1010: f32 = l1006 * 0.95f;
    let v1011: f32 = x1004 * x1004;
    let v1012: f32 = v1011 * 0.05f;
    let v1013: f32 = v1010 + v1012;
    t1013[i] = v1013;
    let v1014: f32 = sqrt(v1013);
    let l896: f32 = t818[0i];
    let v1015: f32 = v1014 / l896;
    let v1016: f32 = v1015 + 1e-8f;
    let v1017: f32 = v1009 / v1016;
    let l902: f32 = t817[0i];
    let v1018: f32 = v1017 * l902;
    t1018[i] = v1018;
  }
}
