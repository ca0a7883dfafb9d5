// kernel k94m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t897: array<f32>;
@group(0) @binding(2) var<storage, read_write> t902: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t906: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t911: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l898: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v900: f32 = l898 * 0.9f;
    let x897: f32 = t897[i];
    let v901: f32 = x897 * 0.1f;
    let v902: f32 = v900 + v901;
    t902[i] = v902;
    let l899: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v903: f32 = l899 * 0.95f;
    let v904: f32 = x897 * x897;
    let v905: f32 = v904 * 0.05f;
    let v906: f32 = v903 + v905;
    t906[i] = v906;
    let v907: f32 = sqrt(v906);
    let l724: f32 = t646[0i];
    let v908: f32 = v907 / l724;
    let v909: f32 = v908 + 1e-8f;
    let v910: f32 = v902 / v909;
    let l730: f32 = t645[0i];
    let v911: f32 = v910 * l730;
    t911[i] = v911;
  }
}
