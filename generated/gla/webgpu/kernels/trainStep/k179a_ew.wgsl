// kernel k179a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t718: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t943: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t949: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l937: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v940: f32 = l937 * 0.9f;
    let l719: f32 = t718[i];
    let l935: f32 = t890[0i];
    let v936: f32 = l719 * l935;
    let v942: f32 = v936 * 0.1f;
    let v943: f32 = v940 + v942;
    t943[i] = v943;
    let l938: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v945: f32 = l938 * 0.95f;
    let v946: f32 = v936 * v936;
    let v948: f32 = v946 * 0.05f;
    let v949: f32 = v945 + v948;
    t949[i] = v949;
    let v950: f32 = sqrt(v949);
    let l952: f32 = t900[0i];
    let v953: f32 = v950 / l952;
    let v955: f32 = v953 + 1e-8f;
    let v956: f32 = v943 / v955;
    t956[i] = v956;
  }
}
