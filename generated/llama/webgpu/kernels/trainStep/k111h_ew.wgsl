// kernel k111h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t966: array<f32>;
@group(0) @binding(2) var<storage, read_write> t971: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t975: array<f32>;
@group(0) @binding(5) var<storage, read> t592: array<f32>;
@group(0) @binding(6) var<storage, read> t591: array<f32>;
@group(0) @binding(7) var<storage, read_write> t980: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l967: f32 = p_optim_m_norm_g[i];
    let v969: f32 = l967 * 0.9f;
    let x966: f32 = t966[i];
    let v970: f32 = x966 * 0.1f;
    let v971: f32 = v969 + v970;
    t971[i] = v971;
    let l968: f32 = p_optim_v_norm_g[i];
    let v972: f32 = l968 * 0.95f;
    let v973: f32 = x966 * x966;
    let v974: f32 = v973 * 0.05f;
    let v975: f32 = v972 + v974;
    t975[i] = v975;
    let v976: f32 = sqrt(v975);
    let l644: f32 = t592[0i];
    let v977: f32 = v976 / l644;
    let v978: f32 = v977 + 1e-8f;
    let v979: f32 = v971 / v978;
    let l650: f32 = t591[0i];
    let v980: f32 = v979 * l650;
    t980[i] = v980;
  }
}
