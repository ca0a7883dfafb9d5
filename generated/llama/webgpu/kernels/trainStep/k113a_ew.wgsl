// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t504: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t681: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t687: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t694: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l675: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v678: f32 = l675 * 0.9f;
    let l505: f32 = t504[i];
    let l673: f32 = t628[0i];
    let v674: f32 = l505 * l673;
    let v680: f32 = v674 * 0.1f;
    let v681: f32 = v678 + v680;
    t681[i] = v681;
    let l676: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v683: f32 = l676 * 0.95f;
    let v684: f32 = v674 * v674;
    let v686: f32 = v684 * 0.05f;
    let v687: f32 = v683 + v686;
    t687[i] = v687;
    let v688: f32 = sqrt(v687);
    let l690: f32 = t638[0i];
    let v691: f32 = v688 / l690;
    let v693: f32 = v691 + 1e-8f;
    let v694: f32 = v681 / v693;
    t694[i] = v694;
  }
}
