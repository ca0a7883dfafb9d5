// kernel k128a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t576: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t815: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t821: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t828: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l809: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v812: f32 = l809 * 0.9f;
    let l577: f32 = t576[i];
    let l807: f32 = t736[0i];
    let v808: f32 = l577 * l807;
    let v814: f32 = v808 * 0.1f;
    let v815: f32 = v812 + v814;
    t815[i] = v815;
    let l810: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v817: f32 = l810 * 0.95f;
    let v818: f32 = v808 * v808;
    let v820: f32 = v818 * 0.05f;
    let v821: f32 = v817 + v820;
    t821[i] = v821;
    let v822: f32 = sqrt(v821);
    let l824: f32 = t746[0i];
    let v825: f32 = v822 / l824;
    let v827: f32 = v825 + 1e-8f;
    let v828: f32 = v815 / v827;
    t828[i] = v828;
  }
}
