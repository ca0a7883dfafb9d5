// kernel k111h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t956: array<f32>;
@group(0) @binding(2) var<storage, read_write> t961: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t965: array<f32>;
@group(0) @binding(5) var<storage, read> t582: array<f32>;
@group(0) @binding(6) var<storage, read> t581: array<f32>;
@group(0) @binding(7) var<storage, read_write> t970: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l957: f32 = p_optim_m_norm_g[i];
    let v959: f32 = l957 * 0.9f;
    let x956: f32 = t956[i];
    let v960: f32 = x956 * 0.1f;
    let v961: f32 = v959 + v960;
    t961[i] = v961;
    let l958: f32 = p_optim_v_norm_g[i];
    let v962: f32 = l958 * 0.95f;
    let v963: f32 = x956 * x956;
    let v964: f32 = v963 * 0.05f;
    let v965: f32 = v962 + v964;
    t965[i] = v965;
    let v966: f32 = sqrt(v965);
    let l634: f32 = t582[0i];
    let v967: f32 = v966 / l634;
    let v968: f32 = v967 + 1e-8f;
    let v969: f32 = v961 / v968;
    let l640: f32 = t581[0i];
    let v970: f32 = v969 * l640;
    t970[i] = v970;
  }
}
