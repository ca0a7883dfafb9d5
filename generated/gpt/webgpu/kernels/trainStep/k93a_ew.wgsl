// kernel k93a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t483: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t781: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t785: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t789: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l777: f32 = p_optim_m_blocks_0_ln1_b[i];
    let v779: f32 = l777 * 0.9f;
    let l484: f32 = t483[i];
    let l750: f32 = t679[0i];
    let v776: f32 = l484 * l750;
    let v780: f32 = v776 * 0.1f;
    let v781: f32 = v779 + v780;
    t781[i] = v781;
    let l778: f32 = p_optim_v_blocks_0_ln1_b[i];
    let v782: f32 = l778 * 0.95f;
    let v783: f32 = v776 * v776;
    let v784: f32 = v783 * 0.05f;
    let v785: f32 = v782 + v784;
    t785[i] = v785;
    let v786: f32 = sqrt(v785);
    let l767: f32 = t689[0i];
    let v787: f32 = v786 / l767;
    let v788: f32 = v787 + 1e-8f;
    let v789: f32 = v781 / v788;
    t789[i] = v789;
  }
}
