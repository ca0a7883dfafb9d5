// kernel k113h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t981: array<f32>;
@group(0) @binding(2) var<storage, read_write> t986: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t990: array<f32>;
@group(0) @binding(5) var<storage, read> t598: array<f32>;
@group(0) @binding(6) var<storage, read> t597: array<f32>;
@group(0) @binding(7) var<storage, read_write> t995: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l982: f32 = p_optim_m_norm_g[i];
    let v984: f32 = l982 * 0.9f;
    let x981: f32 = t981[i];
    let v985: f32 = x981 * 0.1f;
    let v986: f32 = v984 + v985;
    t986[i] = v986;
    let l983: f32 = p_optim_v_norm_g[i];
    let v987: f32 = l983 * 0.95f;
    let v988: f32 = x981 * x981;
    let v989: f32 = v988 * 0.05f;
    let v990: f32 = v987 + v989;
    t990[i] = v990;
    let v991: f32 = sqrt(v990);
    let l650: f32 = t598[0i];
    let v992: f32 = v991 / l650;
    let v993: f32 = v992 + 1e-8f;
    let v994: f32 = v986 / v993;
    let l656: f32 = t597[0i];
    let v995: f32 = v994 * l656;
    t995[i] = v995;
  }
}
