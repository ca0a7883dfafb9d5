// kernel k198ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1552: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1561: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1557: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1567: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1554: f32 = p_optim_v_ln_f_b[i];
    let v1558: f32 = l1554 * 0.95f;
    let x1552: f32 = t1552[i];
    let v1559: f32 = x1552 * x1552;
    let v1560: f32 = v1559 * 0.05f;
    let v1561: f32 = v1558 + v1560;
    t1561[i] = v1561;
    let l31: f32 = p_ln_f_b[i];
    let x1557: f32 = t1557[i];
    let v1562: f32 = sqrt(v1561);
    let l1074: f32 = t996[0i];
    let v1563: f32 = v1562 / l1074;
    let v1564: f32 = v1563 + 1e-8f;
    let v1565: f32 = x1557 / v1564;
    let l1080: f32 = t995[0i];
    let v1566: f32 = v1565 * l1080;
    let v1567: f32 = l31 - v1566;
    t1567[i] = v1567;
  }
}
