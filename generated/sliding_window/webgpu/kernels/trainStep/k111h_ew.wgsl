// kernel k111h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t967: array<f32>;
@group(0) @binding(2) var<storage, read_write> t972: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t976: array<f32>;
@group(0) @binding(5) var<storage, read> t584: array<f32>;
@group(0) @binding(6) var<storage, read> t583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t981: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l968: f32 = p_optim_m_norm_g[i];
    let v970: f32 = l968 * 0.9f;
    let x967: f32 = t967[i];
    let v971: f32 = x967 * 0.1f;
    let v972: f32 = v970 + v971;
    t972[i] = v972;
    let l969: f32 = p_optim_v_norm_g[i];
    let v973: f32 = l969 * 0.95f;
    let v974: f32 = x967 * x967;
    let v975: f32 = v974 * 0.05f;
    let v976: f32 = v973 + v975;
    t976[i] = v976;
    let v977: f32 = sqrt(v976);
    let l636: f32 = t584[0i];
    let v978: f32 = v977 / l636;
    let v979: f32 = v978 + 1e-8f;
    let v980: f32 = v972 / v979;
    let l642: f32 = t583[0i];
    let v981: f32 = v980 * l642;
    t981[i] = v981;
  }
}
