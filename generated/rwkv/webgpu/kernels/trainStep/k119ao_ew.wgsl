// kernel k119ao_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_out_g: array<f32>;
@group(0) @binding(1) var<storage, read> t321: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1601: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_out_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1605: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1609: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ao_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1597: f32 = p_optim_m_ln_out_g[i];
    let v1599: f32 = l1597 * 0.9f;
    let l322: f32 = t321[i];
    let l946: f32 = t901[0i];
    let v1596: f32 = l322 * l946;
    let v1600: f32 = v1596 * 0.1f;
    let v1601: f32 = v1599 + v1600;
    t1601[i] = v1601;
    let l1598: f32 = p_optim_v_ln_out_g[i];
    let v1602: f32 = l1598 * 0.95f;
    let v1603: f32 = v1596 * v1596;
    let v1604: f32 = v1603 * 0.05f;
    let v1605: f32 = v1602 + v1604;
    t1605[i] = v1605;
    let v1606: f32 = sqrt(v1605);
    let l963: f32 = t911[0i];
    let v1607: f32 = v1606 / l963;
    let v1608: f32 = v1607 + 1e-8f;
    let v1609: f32 = v1601 / v1608;
    t1609[i] = v1609;
  }
}
