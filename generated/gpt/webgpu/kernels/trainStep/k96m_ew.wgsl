// kernel k96m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t901: array<f32>;
@group(0) @binding(2) var<storage, read_write> t906: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t910: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t915: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l902: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v904: f32 = l902 * 0.9f;
    let x901: f32 = t901[i];
    let v905: f32 = x901 * 0.1f;
    let v906: f32 = v904 + v905;
    t906[i] = v906;
    let l903: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v907: f32 = l903 * 0.95f;
    let v908: f32 = x901 * x901;
    let v909: f32 = v908 * 0.05f;
    let v910: f32 = v907 + v909;
    t910[i] = v910;
    let v911: f32 = sqrt(v910);
    let l728: f32 = t650[0i];
    let v912: f32 = v911 / l728;
    let v913: f32 = v912 + 1e-8f;
    let v914: f32 = v906 / v913;
    let l734: f32 = t649[0i];
    let v915: f32 = v914 * l734;
    t915[i] = v915;
  }
}
