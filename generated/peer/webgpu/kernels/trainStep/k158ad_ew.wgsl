// kernel k158ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_ln_f_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1498: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1507: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1503: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1513: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1500: f32 = p_optim_v_ln_f_b[i];
    let v1504: f32 = l1500 * 0.95f;
    let x1498: f32 = t1498[i];
    let v1505: f32 = x1498 * x1498;
    let v1506: f32 = v1505 * 0.05f;
    let v1507: f32 = v1504 + v1506;
    t1507[i] = v1507;
    let l37: f32 = p_ln_f_b[i];
    let x1503: f32 = t1503[i];
    let v1508: f32 = sqrt(v1507);
    let l896: f32 = t818[0i];
    let v1509: f32 = v1508 / l896;
    let v1510: f32 = v1509 + 1e-8f;
    let v1511: f32 = x1503 / v1510;
    let l902: f32 = t817[0i];
    let v1512: f32 = v1511 * l902;
    let v1513: f32 = l37 - v1512;
    t1513[i] = v1513;
  }
}
