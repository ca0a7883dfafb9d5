// kernel k158ac_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1496: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1497: array<f32>;
@group(0) @binding(3) var<storage, read> t327: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1498: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1503: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l36: f32 = p_ln_f_g[i];
    let x1496: f32 = t1496[i];
    let v1497: f32 = l36 - x1496;
    t1497[i] = v1497;
    let l328: f32 = t327[i];
    let l879: f32 = t808[0i];
    let v1498: f32 = l328 * l879;
    t1498[i] = v1498;
    let l1499: f32 = p_optim_m_ln_f_b[i];
    let v1501: f32 = l1499 * 0.9f;
    let v1502: f32 = v1498 * 0.1f;
    let v1503: f32 = v1501 + v1502;
    t1503[i] = v1503;
  }
}
