// kernel k114f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t470: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t869: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_alpha: array<f32>;
@group(0) @binding(5) var<storage, read_write> t873: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t877: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l865: f32 = p_optim_m_blocks_0_attn_wk_alpha[i];
    let v867: f32 = l865 * 0.9f;
    let l471: f32 = t470[i];
    let l772: f32 = t701[0i];
    let v864: f32 = l471 * l772;
    let v868: f32 = v864 * 0.1f;
    let v869: f32 = v867 + v868;
    t869[i] = v869;
    let l866: f32 = p_optim_v_blocks_0_attn_wk_alpha[i];
    let v870: f32 = l866 * 0.95f;
    let v871: f32 = v864 * v864;
    let v872: f32 = v871 * 0.05f;
    let v873: f32 = v870 + v872;
    t873[i] = v873;
    let v874: f32 = sqrt(v873);
    let l789: f32 = t711[0i];
    let v875: f32 = v874 / l789;
    let v876: f32 = v875 + 1e-8f;
    let v877: f32 = v869 / v876;
    t877[i] = v877;
  }
}
