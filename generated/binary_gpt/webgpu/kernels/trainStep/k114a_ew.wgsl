// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t486: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t780: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t786: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t793: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l774: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v777: f32 = l774 * 0.9f;
    let l487: f32 = t486[i];
    let l772: f32 = t701[0i];
    let v773: f32 = l487 * l772;
    let v779: f32 = v773 * 0.1f;
    let v780: f32 = v777 + v779;
    t780[i] = v780;
    let l775: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v782: f32 = l775 * 0.95f;
    let v783: f32 = v773 * v773;
    let v785: f32 = v783 * 0.05f;
    let v786: f32 = v782 + v785;
    t786[i] = v786;
    let v787: f32 = sqrt(v786);
    let l789: f32 = t711[0i];
    let v790: f32 = v787 / l789;
    let v792: f32 = v790 + 1e-8f;
    let v793: f32 = v780 / v792;
    t793[i] = v793;
  }
}
