// kernel k128c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t833: array<f32>;
@group(0) @binding(2) var<storage, read_write> t838: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t842: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t847: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l834: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v836: f32 = l834 * 0.9f;
    let x833: f32 = t833[i];
    let v837: f32 = x833 * 0.1f;
    let v838: f32 = v836 + v837;
    t838[i] = v838;
    let l835: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v839: f32 = l835 * 0.95f;
    let v840: f32 = x833 * x833;
    let v841: f32 = v840 * 0.05f;
    let v842: f32 = v839 + v841;
    t842[i] = v842;
    let v843: f32 = sqrt(v842);
    let l824: f32 = t746[0i];
    let v844: f32 = v843 / l824;
    let v845: f32 = v844 + 1e-8f;
    let v846: f32 = v838 / v845;
    let l830: f32 = t745[0i];
    let v847: f32 = v846 * l830;
    t847[i] = v847;
  }
}
