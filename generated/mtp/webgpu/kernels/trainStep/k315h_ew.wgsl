// kernel k315h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1957: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1962: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_mtp_blocks_0_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1966: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1971: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1958: f32 = p_optim_m_mtp_blocks_0_attn_norm_g[i];
    let v1960: f32 = l1958 * 0.9f;
    let x1957: f32 = t1957[i];
    let v1961: f32 = x1957 * 0.1f;
    let v1962: f32 = v1960 + v1961;
    t1962[i] = v1962;
    let l1959: f32 = p_optim_v_mtp_blocks_0_attn_norm_g[i];
    let v1963: f32 = l1959 * 0.95f;
    let v1964: f32 = x1957 * x1957;
    let v1965: f32 = v1964 * 0.05f;
    let v1966: f32 = v1963 + v1965;
    t1966[i] = v1966;
    let v1967: f32 = sqrt(v1966);
    let l1635: f32 = t1583[0i];
    let v1968: f32 = v1967 / l1635;
    let v1969: f32 = v1968 + 1e-8f;
    let v1970: f32 = v1962 / v1969;
    let l1641: f32 = t1582[0i];
    let v1971: f32 = v1970 * l1641;
    t1971[i] = v1971;
  }
}
