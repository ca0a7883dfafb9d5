// kernel k114c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wq_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t815: array<f32>;
@group(0) @binding(2) var<storage, read_write> t820: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wq_alpha: array<f32>;
@group(0) @binding(4) var<storage, read_write> t824: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t829: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l816: f32 = p_optim_m_blocks_0_attn_wq_alpha[i];
    let v818: f32 = l816 * 0.9f;
    let x815: f32 = t815[i];
    let v819: f32 = x815 * 0.1f;
    let v820: f32 = v818 + v819;
    t820[i] = v820;
    let l817: f32 = p_optim_v_blocks_0_attn_wq_alpha[i];
    let v821: f32 = l817 * 0.95f;
    let v822: f32 = x815 * x815;
    let v823: f32 = v822 * 0.05f;
    let v824: f32 = v821 + v823;
    t824[i] = v824;
    let v825: f32 = sqrt(v824);
    let l789: f32 = t711[0i];
    let v826: f32 = v825 / l789;
    let v827: f32 = v826 + 1e-8f;
    let v828: f32 = v820 / v827;
    let l795: f32 = t710[0i];
    let v829: f32 = v828 * l795;
    t829[i] = v829;
  }
}
