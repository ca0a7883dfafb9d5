// kernel k111e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t805: array<f32>;
@group(0) @binding(2) var<storage, read_write> t814: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t810: array<f32>;
@group(0) @binding(5) var<storage, read> t582: array<f32>;
@group(0) @binding(6) var<storage, read> t581: array<f32>;
@group(0) @binding(7) var<storage, read_write> t820: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l807: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v811: f32 = l807 * 0.95f;
    let x805: f32 = t805[i];
    let v812: f32 = x805 * x805;
    let v813: f32 = v812 * 0.05f;
    let v814: f32 = v811 + v813;
    t814[i] = v814;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x810: f32 = t810[i];
    let v815: f32 = sqrt(v814);
    let l634: f32 = t582[0i];
    let v816: f32 = v815 / l634;
    let v817: f32 = v816 + 1e-8f;
    let v818: f32 = x810 / v817;
    let l640: f32 = t581[0i];
    let v819: f32 = v818 * l640;
    let v820: f32 = l10 - v819;
    t820[i] = v820;
  }
}
