// kernel k27a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t735: array<f32>;
@group(0) @binding(2) var<storage, read> t792: array<f32>;
@group(0) @binding(3) var<storage, read_write> t871: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t877: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t884: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l865: f32 = p_optim_m_first_fc_b[i];
    let v868: f32 = l865 * 0.9f;
    let l736: f32 = t735[i];
    let l863: f32 = t792[0i];
    let v864: f32 = l736 * l863;
    let v870: f32 = v864 * 0.1f;
    let v871: f32 = v868 + v870;
    t871[i] = v871;
    let l866: f32 = p_optim_v_first_fc_b[i];
    let v873: f32 = l866 * 0.95f;
    let v874: f32 = v864 * v864;
    let v876: f32 = v874 * 0.05f;
    let v877: f32 = v873 + v876;
    t877[i] = v877;
    let v878: f32 = sqrt(v877);
    let l880: f32 = t802[0i];
    let v881: f32 = v878 / l880;
    let v883: f32 = v881 + 1e-8f;
    let v884: f32 = v871 / v883;
    t884[i] = v884;
  }
}
