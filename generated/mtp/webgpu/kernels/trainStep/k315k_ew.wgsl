// kernel k315k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t978: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2113: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2117: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2121: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2109: f32 = p_optim_m_mtp_blocks_1_attn_norm_g[i];
    let v2111: f32 = l2109 * 0.9f;
    let l979: f32 = t978[i];
    let l1618: f32 = t1573[0i];
    let v2108: f32 = l979 * l1618;
    let v2112: f32 = v2108 * 0.1f;
    let v2113: f32 = v2111 + v2112;
    t2113[i] = v2113;
    let l2110: f32 = p_optim_v_mtp_blocks_1_attn_norm_g[i];
    let v2114: f32 = l2110 * 0.95f;
    let v2115: f32 = v2108 * v2108;
    let v2116: f32 = v2115 * 0.05f;
    let v2117: f32 = v2114 + v2116;
    t2117[i] = v2117;
    let v2118: f32 = sqrt(v2117);
    let l1635: f32 = t1583[0i];
    let v2119: f32 = v2118 / l1635;
    let v2120: f32 = v2119 + 1e-8f;
    let v2121: f32 = v2113 / v2120;
    t2121[i] = v2121;
  }
}
