// kernel k158f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t592: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t976: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t980: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t984: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l972: f32 = p_optim_m_blocks_0_attn_wk_b[i];
    let v974: f32 = l972 * 0.9f;
    let l593: f32 = t592[i];
    let l879: f32 = t808[0i];
    let v971: f32 = l593 * l879;
    let v975: f32 = v971 * 0.1f;
    let v976: f32 = v974 + v975;
    t976[i] = v976;
    let l973: f32 = p_optim_v_blocks_0_attn_wk_b[i];
    let v977: f32 = l973 * 0.95f;
    let v978: f32 = v971 * v971;
    let v979: f32 = v978 * 0.05f;
    let v980: f32 = v977 + v979;
    t980[i] = v980;
    let v981: f32 = sqrt(v980);
    let l896: f32 = t818[0i];
    let v982: f32 = v981 / l896;
    let v983: f32 = v982 + 1e-8f;
    let v984: f32 = v976 / v983;
    t984[i] = v984;
  }
}
