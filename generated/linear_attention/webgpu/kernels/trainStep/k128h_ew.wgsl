// kernel k128h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1016: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1021: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1025: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1030: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1017: f32 = p_optim_m_blocks_0_mlp_proj_b[i];
    let v1019: f32 = l1017 * 0.9f;
    let x1016: f32 = t1016[i];
    let v1020: f32 = x1016 * 0.1f;
    let v1021: f32 = v1019 + v1020;
    t1021[i] = v1021;
    let l1018: f32 = p_optim_v_blocks_0_mlp_proj_b[i];
    let v1022: f32 = l1018 * 0.95f;
    let v1023: f32 = x1016 * x1016;
    let v1024: f32 = v1023 * 0.05f;
    let v1025: f32 = v1022 + v1024;
    t1025[i] = v1025;
    let v1026: f32 = sqrt(v1025);
    let l824: f32 = t746[0i];
    let v1027: f32 = v1026 / l824;
    let v1028: f32 = v1027 + 1e-8f;
    let v1029: f32 = v1021 / v1028;
    let l830: f32 = t745[0i];
    let v1030: f32 = v1029 * l830;
    t1030[i] = v1030;
  }
}
