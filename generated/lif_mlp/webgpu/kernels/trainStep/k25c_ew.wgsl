// kernel k25c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t908: array<f32>;
@group(0) @binding(2) var<storage, read_write> t913: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_rest_0_fc_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t917: array<f32>;
@group(0) @binding(5) var<storage, read> t795: array<f32>;
@group(0) @binding(6) var<storage, read> t794: array<f32>;
@group(0) @binding(7) var<storage, read_write> t922: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l909: f32 = p_optim_m_rest_0_fc_b[i];
    let v911: f32 = l909 * 0.9f;
    let x908: f32 = t908[i];
    let v912: f32 = x908 * 0.1f;
    let v913: f32 = v911 + v912;
    t913[i] = v913;
    let l910: f32 = p_optim_v_rest_0_fc_b[i];
    let v914: f32 = l910 * 0.95f;
    let v915: f32 = x908 * x908;
    let v916: f32 = v915 * 0.05f;
    let v917: f32 = v914 + v916;
    t917[i] = v917;
    let v918: f32 = sqrt(v917);
    let l873: f32 = t795[0i];
    let v919: f32 = v918 / l873;
    let v920: f32 = v919 + 1e-8f;
    let v921: f32 = v913 / v920;
    let l879: f32 = t794[0i];
    let v922: f32 = v921 * l879;
    t922[i] = v922;
  }
}
