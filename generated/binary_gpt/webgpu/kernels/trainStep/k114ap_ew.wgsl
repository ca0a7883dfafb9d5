// kernel k114ap_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1464: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1466: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ap_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l42: f32 = p_ln_f_g[i];
    let x1464: f32 = t1464[i];
    let l795: f32 = t710[0i];
    let v1465: f32 = x1464 * l795;
    let v1466: f32 = l42 - v1465;
    t1466[i] = v1466;
  }
}
