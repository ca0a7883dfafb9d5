// kernel k315s_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2424: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2425: array<f32>;
@group(0) @binding(3) var<storage, read> t692: array<f32>;
@group(0) @binding(4) var<storage, read> t1573: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2494: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_mtp_blocks_3_mlp_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2499: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l46: f32 = p_mtp_blocks_3_attn_norm_g[i];
    let x2424: f32 = t2424[i];
    let v2425: f32 = l46 - x2424;
    t2425[i] = v2425;
    let l693: f32 = t692[i];
    let l1618: f32 = t1573[0i];
    let v2494: f32 = l693 * l1618;
    t2494[i] = v2494;
    let l2495: f32 = p_optim_m_mtp_blocks_3_mlp_norm_g[i];
    let v2497: f32 = l2495 * 0.9f;
    let v2498: f32 = v2494 * 0.1f;
    let v2499: f32 = v2497 + v2498;
    t2499[i] = v2499;
  }
}
