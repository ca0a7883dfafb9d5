// kernel k315i_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1971: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1972: array<f32>;
@group(0) @binding(3) var<storage, read> t1005: array<f32>;
@group(0) @binding(4) var<storage, read> t1573: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2041: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_mtp_blocks_0_mlp_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2046: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_mtp_blocks_0_attn_norm_g[i];
    let x1971: f32 = t1971[i];
    let v1972: f32 = l19 - x1971;
    t1972[i] = v1972;
    let l1006: f32 = t1005[i];
    let l1618: f32 = t1573[0i];
    let v2041: f32 = l1006 * l1618;
    t2041[i] = v2041;
    let l2042: f32 = p_optim_m_mtp_blocks_0_mlp_norm_g[i];
    let v2044: f32 = l2042 * 0.9f;
    let v2045: f32 = v2041 * 0.1f;
    let v2046: f32 = v2044 + v2045;
    t2046[i] = v2046;
  }
}
