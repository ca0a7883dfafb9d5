// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t970: array<f32>;
@group(0) @binding(2) var<storage, read_write> t975: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t979: array<f32>;
@group(0) @binding(5) var<storage, read> t596: array<f32>;
@group(0) @binding(6) var<storage, read> t595: array<f32>;
@group(0) @binding(7) var<storage, read_write> t984: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l971: f32 = p_optim_m_norm_g[i];
    let v973: f32 = l971 * 0.9f;
    let x970: f32 = t970[i];
    let v974: f32 = x970 * 0.1f;
    let v975: f32 = v973 + v974;
    t975[i] = v975;
    let l972: f32 = p_optim_v_norm_g[i];
    let v976: f32 = l972 * 0.95f;
    let v977: f32 = x970 * x970;
    let v978: f32 = v977 * 0.05f;
    let v979: f32 = v976 + v978;
    t979[i] = v979;
    let v980: f32 = sqrt(v979);
    let l648: f32 = t596[0i];
    let v981: f32 = v980 / l648;
    let v982: f32 = v981 + 1e-8f;
    let v983: f32 = v975 / v982;
    let l654: f32 = t595[0i];
    let v984: f32 = v983 * l654;
    t984[i] = v984;
  }
}
