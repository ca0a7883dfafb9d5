// kernel k25d_reduce
@group(0) @binding(0) var<storage, read> p_optim_m_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t805: array<f32>;
@group(0) @binding(2) var<storage, read_write> t812: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_emb: array<f32>;
@group(0) @binding(4) var<storage, read_write> t818: array<f32>;
@group(0) @binding(5) var<storage, read> t802: array<f32>;
@group(0) @binding(6) var<storage, read_write> t824: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l806: f32 = p_optim_m_emb[col];
    let v809: f32 = l806 * 0.9f;
    let x805: f32 = t805[col];
    let v811: f32 = x805 * 0.1f;
    let v812: f32 = v809 + v811;
    t812[col] = v812;
    let l807: f32 = p_optim_v_emb[col];
    let v814: f32 = l807 * 0.95f;
    let v815: f32 = x805 * x805;
    let v817: f32 = v815 * 0.05f;
    let v818: f32 = v814 + v817;
    t818[col] = v818;
    let v819: f32 = sqrt(v818);
    let x802: f32 = t802[0i];
    let v822: f32 = v819 / x802;
    let v824: f32 = v822 + 1e-8f;
    t824[col] = v824;
  }
}
