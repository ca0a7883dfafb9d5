// kernel k118a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t420: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t781: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t785: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t789: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l777: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v779: f32 = l777 * 0.9f;
    let l421: f32 = t420[i];
    let l673: f32 = t628[0i];
    let v776: f32 = l421 * l673;
    let v780: f32 = v776 * 0.1f;
    let v781: f32 = v779 + v780;
    t781[i] = v781;
    let l778: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v782: f32 = l778 * 0.95f;
    let v783: f32 = v776 * v776;
    let v784: f32 = v783 * 0.05f;
    let v785: f32 = v782 + v784;
    t785[i] = v785;
    let v786: f32 = sqrt(v785);
    let l690: f32 = t638[0i];
    let v787: f32 = v786 / l690;
    let v788: f32 = v787 + 1e-8f;
    let v789: f32 = v781 / v788;
    t789[i] = v789;
  }
}
