// kernel k198ac_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1550: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1551: array<f32>;
@group(0) @binding(3) var<storage, read> t417: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1552: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1557: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l30: f32 = p_ln_f_g[i];
    let x1550: f32 = t1550[i];
    let v1551: f32 = l30 - x1550;
    t1551[i] = v1551;
    let l418: f32 = t417[i];
    let l1057: f32 = t986[0i];
    let v1552: f32 = l418 * l1057;
    t1552[i] = v1552;
    let l1553: f32 = p_optim_m_ln_f_b[i];
    let v1555: f32 = l1553 * 0.9f;
    let v1556: f32 = v1552 * 0.1f;
    let v1557: f32 = v1555 + v1556;
    t1557[i] = v1557;
  }
}
