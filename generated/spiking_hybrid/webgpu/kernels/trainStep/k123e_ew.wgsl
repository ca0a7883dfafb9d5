// kernel k123e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_0_norm3_g: array<f32>;
@group(0) @binding(1) var<storage, read> t885: array<f32>;
@group(0) @binding(2) var<storage, read_write> t894: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_norm3_g: array<f32>;
@group(0) @binding(4) var<storage, read> t890: array<f32>;
@group(0) @binding(5) var<storage, read> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t661: array<f32>;
@group(0) @binding(7) var<storage, read_write> t900: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l887: f32 = p_optim_v_layers_0_norm3_g[i];
    let v891: f32 = l887 * 0.95f;
    let x885: f32 = t885[i];
    let v892: f32 = x885 * x885;
    let v893: f32 = v892 * 0.05f;
    let v894: f32 = v891 + v893;
    t894[i] = v894;
    let l10: f32 = p_layers_0_norm3_g[i];
    let x890: f32 = t890[i];
    let v895: f32 = sqrt(v894);
    let l714: f32 = t662[0i];
    let v896: f32 = v895 / l714;
    let v897: f32 = v896 + 1e-8f;
    let v898: f32 = x890 / v897;
    let l720: f32 = t661[0i];
    let v899: f32 = v898 * l720;
    let v900: f32 = l10 - v899;
    t900[i] = v900;
  }
}
