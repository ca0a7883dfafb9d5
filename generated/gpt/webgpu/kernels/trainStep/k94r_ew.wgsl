// kernel k94r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1012: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1017: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1021: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1026: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1013: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1015: f32 = l1013 * 0.9f;
    let x1012: f32 = t1012[i];
    let v1016: f32 = x1012 * 0.1f;
    let v1017: f32 = v1015 + v1016;
    t1017[i] = v1017;
    let l1014: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1018: f32 = l1014 * 0.95f;
    let v1019: f32 = x1012 * x1012;
    let v1020: f32 = v1019 * 0.05f;
    let v1021: f32 = v1018 + v1020;
    t1021[i] = v1021;
    let v1022: f32 = sqrt(v1021);
    let l724: f32 = t646[0i];
    let v1023: f32 = v1022 / l724;
    let v1024: f32 = v1023 + 1e-8f;
    let v1025: f32 = v1017 / v1024;
    let l730: f32 = t645[0i];
    let v1026: f32 = v1025 * l730;
    t1026[i] = v1026;
  }
}
