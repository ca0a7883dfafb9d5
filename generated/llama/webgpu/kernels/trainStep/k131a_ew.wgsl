// kernel k131a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t267: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1017: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1021: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1025: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k131a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1013: f32 = p_optim_m_norm_g[i];
    let v1015: f32 = l1013 * 0.9f;
    let l268: f32 = t267[i];
    let l673: f32 = t628[0i];
    let v1012: f32 = l268 * l673;
    let v1016: f32 = v1012 * 0.1f;
    let v1017: f32 = v1015 + v1016;
    t1017[i] = v1017;
    let l1014: f32 = p_optim_v_norm_g[i];
    let v1018: f32 = l1014 * 0.95f;
    let v1019: f32 = v1012 * v1012;
    let v1020: f32 = v1019 * 0.05f;
    let v1021: f32 = v1018 + v1020;
    t1021[i] = v1021;
    let v1022: f32 = sqrt(v1021);
    let l690: f32 = t638[0i];
    let v1023: f32 = v1022 / l690;
    let v1024: f32 = v1023 + 1e-8f;
    let v1025: f32 = v1017 / v1024;
    t1025[i] = v1025;
  }
}
