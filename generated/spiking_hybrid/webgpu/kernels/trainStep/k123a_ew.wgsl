// kernel k123a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_norm1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t528: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t705: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_norm1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t718: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l699: f32 = p_optim_m_layers_0_norm1_g[i];
    let v702: f32 = l699 * 0.9f;
    let l529: f32 = t528[i];
    let l697: f32 = t652[0i];
    let v698: f32 = l529 * l697;
    let v704: f32 = v698 * 0.1f;
    let v705: f32 = v702 + v704;
    t705[i] = v705;
    let l700: f32 = p_optim_v_layers_0_norm1_g[i];
    let v707: f32 = l700 * 0.95f;
    let v708: f32 = v698 * v698;
    let v710: f32 = v708 * 0.05f;
    let v711: f32 = v707 + v710;
    t711[i] = v711;
    let v712: f32 = sqrt(v711);
    let l714: f32 = t662[0i];
    let v715: f32 = v712 / l714;
    let v717: f32 = v715 + 1e-8f;
    let v718: f32 = v705 / v717;
    t718[i] = v718;
  }
}
