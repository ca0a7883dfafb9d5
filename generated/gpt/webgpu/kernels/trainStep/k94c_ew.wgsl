// kernel k94c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t733: array<f32>;
@group(0) @binding(2) var<storage, read_write> t738: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t742: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t747: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l734: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v736: f32 = l734 * 0.9f;
    let x733: f32 = t733[i];
    let v737: f32 = x733 * 0.1f;
    let v738: f32 = v736 + v737;
    t738[i] = v738;
    let l735: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v739: f32 = l735 * 0.95f;
    let v740: f32 = x733 * x733;
    let v741: f32 = v740 * 0.05f;
    let v742: f32 = v739 + v741;
    t742[i] = v742;
    let v743: f32 = sqrt(v742);
    let l724: f32 = t646[0i];
    let v744: f32 = v743 / l724;
    let v745: f32 = v744 + 1e-8f;
    let v746: f32 = v738 / v745;
    let l730: f32 = t645[0i];
    let v747: f32 = v746 * l730;
    t747[i] = v747;
  }
}
