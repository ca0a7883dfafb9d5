// kernel k96c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t737: array<f32>;
@group(0) @binding(2) var<storage, read_write> t742: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t746: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t751: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l738: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v740: f32 = l738 * 0.9f;
    let x737: f32 = t737[i];
    let v741: f32 = x737 * 0.1f;
    let v742: f32 = v740 + v741;
    t742[i] = v742;
    let l739: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v743: f32 = l739 * 0.95f;
    let v744: f32 = x737 * x737;
    let v745: f32 = v744 * 0.05f;
    let v746: f32 = v743 + v745;
    t746[i] = v746;
    let v747: f32 = sqrt(v746);
    let l728: f32 = t650[0i];
    let v748: f32 = v747 / l728;
    let v749: f32 = v748 + 1e-8f;
    let v750: f32 = v742 / v749;
    let l734: f32 = t649[0i];
    let v751: f32 = v750 * l734;
    t751[i] = v751;
  }
}
