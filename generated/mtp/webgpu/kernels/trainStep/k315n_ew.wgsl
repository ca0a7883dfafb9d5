// kernel k315n_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2206: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2207: array<f32>;
@group(0) @binding(3) var<storage, read> t875: array<f32>;
@group(0) @binding(4) var<storage, read> t1573: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2259: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_mtp_blocks_2_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2264: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l33: f32 = p_mtp_blocks_1_mlp_norm_g[i];
    let x2206: f32 = t2206[i];
    let v2207: f32 = l33 - x2206;
    t2207[i] = v2207;
    let l876: f32 = t875[i];
    let l1618: f32 = t1573[0i];
    let v2259: f32 = l876 * l1618;
    t2259[i] = v2259;
    let l2260: f32 = p_optim_m_mtp_blocks_2_attn_norm_g[i];
    let v2262: f32 = l2260 * 0.9f;
    let v2263: f32 = v2259 * 0.1f;
    let v2264: f32 = v2262 + v2263;
    t2264[i] = v2264;
  }
}
