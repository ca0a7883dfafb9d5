// kernel k149a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t618: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t819: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t825: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t832: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l813: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v816: f32 = l813 * 0.9f;
    let l619: f32 = t618[i];
    let l811: f32 = t766[0i];
    let v812: f32 = l619 * l811;
    let v818: f32 = v812 * 0.1f;
    let v819: f32 = v816 + v818;
    t819[i] = v819;
    let l814: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v821: f32 = l814 * 0.95f;
    let v822: f32 = v812 * v812;
    let v824: f32 = v822 * 0.05f;
    let v825: f32 = v821 + v824;
    t825[i] = v825;
    let v826: f32 = sqrt(v825);
    let l828: f32 = t776[0i];
    let v829: f32 = v826 / l828;
    let v831: f32 = v829 + 1e-8f;
    let v832: f32 = v819 / v831;
    t832[i] = v832;
  }
}
