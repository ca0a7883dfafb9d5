// kernel k119c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln0_b: array<f32>;
@group(0) @binding(1) var<storage, read> t972: array<f32>;
@group(0) @binding(2) var<storage, read_write> t977: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln0_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t981: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t986: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l973: f32 = p_optim_m_ln0_b[i];
    let v975: f32 = l973 * 0.9f;
    let x972: f32 = t972[i];
    let v976: f32 = x972 * 0.1f;
    let v977: f32 = v975 + v976;
    t977[i] = v977;
    let l974: f32 = p_optim_v_ln0_b[i];
    let v978: f32 = l974 * 0.95f;
    let v979: f32 = x972 * x972;
    let v980: f32 = v979 * 0.05f;
    let v981: f32 = v978 + v980;
    t981[i] = v981;
    let v982: f32 = sqrt(v981);
    let l963: f32 = t911[0i];
    let v983: f32 = v982 / l963;
    let v984: f32 = v983 + 1e-8f;
    let v985: f32 = v977 / v984;
    let l969: f32 = t910[0i];
    let v986: f32 = v985 * l969;
    t986[i] = v986;
  }
}
