// kernel k85e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1011: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1020: array<f32>;
@group(0) @binding(3) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1016: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t571: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1026: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k85e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1013: f32 = p_optim_v_norm_g[i];
    let v1017: f32 = l1013 * 0.95f;
    let x1011: f32 = t1011[i];
    let v1018: f32 = x1011 * x1011;
    let v1019: f32 = v1018 * 0.05f;
    let v1020: f32 = v1017 + v1019;
    t1020[i] = v1020;
    let l21: f32 = p_norm_g[i];
    let x1016: f32 = t1016[i];
    let v1021: f32 = sqrt(v1020);
    let l624: f32 = t572[0i];
    let v1022: f32 = v1021 / l624;
    let v1023: f32 = v1022 + 1e-8f;
    let v1024: f32 = x1016 / v1023;
    let l630: f32 = t571[0i];
    let v1025: f32 = v1024 * l630;
    let v1026: f32 = l21 - v1025;
    t1026[i] = v1026;
  }
}
